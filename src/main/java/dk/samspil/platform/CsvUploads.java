package dk.samspil.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file, judged by its content and never by its name: UTF-8 text with or without a byte order
 * mark, {@code ;}, {@code ,} or tab as separator (whichever the header line uses most). A file of another kind (a
 * PDF, an XLSX or an image renamed {@code .csv}, anything with NUL bytes) or another encoding is refused. Cells that
 * a spreadsheet would run as a formula are marked, so the import can refuse them; a leading {@code '} that
 * {@link Spreadsheets} adds to protect such text is removed again. Imports with a preview (plans, newsletter
 * subscribers) share it.
 */
public final class CsvUploads {

    /** Text a spreadsheet would evaluate; signed numbers and phone numbers such as "+45 58 57 36 00" are fine. */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=@].*|[+-](?![\\d\\s.,()/]*$).*)", Pattern.DOTALL);

    /** The bytes looked at for control characters. */
    public static final int SNIFF_BYTES = 8192;

    private static final Pattern ESCAPED = Pattern.compile("^'[=+\\-@\\t\\r].*", Pattern.DOTALL);

    /** Why a file cannot be read at all. */
    public enum Problem {
        /** Nothing but white space. */
        EMPTY,
        /** Binary content: another kind of file (PDF, spreadsheet, image ...) or NUL bytes. */
        NOT_TEXT,
        /** Not UTF-8; {@link Refused#line()} names the line of the first byte that is not. */
        ENCODING,
        /** Broken quoting. */
        SYNTAX,
        /** More data rows than allowed; {@link Refused#line()} is the limit. */
        TOO_MANY_ROWS
    }

    /** The file cannot be read as CSV; nothing of it should be used. */
    public static final class Refused extends RuntimeException {

        private final Problem problem;
        private final int line;

        Refused(Problem problem, int line) {
            super("CSV file refused: " + problem);
            this.problem = problem;
            this.line = line;
        }

        public Problem problem() {
            return problem;
        }

        /** The line of an encoding problem, or the row limit that was passed; 0 otherwise. */
        public int line() {
            return line;
        }
    }

    /**
     * The file's header and its non-empty data rows.
     *
     * @param header the first line's cells
     */
    public record Table(List<String> header, List<Row> rows) {}

    /**
     * One data row.
     *
     * @param number       the line's record number (the header is 1)
     * @param cells        cell texts by position; empty cells are empty strings
     * @param formulaCells positions of cells whose text a spreadsheet would run as a formula
     * @param fieldCount   how many fields the line had
     */
    public record Row(int number, List<String> cells, Set<Integer> formulaCells, int fieldCount) {

        /** The cell's text, or an empty string past the line's end. */
        public String cell(int position) {
            return position < cells.size() ? cells.get(position) : "";
        }
    }

    private CsvUploads() {}

    /**
     * Reads the file.
     *
     * @param maxRows the most data rows taken; one more is refused ({@link Problem#TOO_MANY_ROWS})
     * @throws Refused when the content is not a UTF-8 text file, is empty, is broken or too long
     */
    public static Table read(byte[] content, int maxRows) {
        if (!looksLikeText(content)) {
            throw new Refused(Problem.NOT_TEXT, 0);
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new Refused(Problem.EMPTY, 0);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                int number = Math.toIntExact(record.getRecordNumber());
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                Row row = row(number, record);
                if (row.cells().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new Refused(Problem.TOO_MANY_ROWS, maxRows);
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new Refused(Problem.SYNTAX, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    private static Row row(int number, CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        Set<Integer> formulas = new HashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (ESCAPED.matcher(value).matches()) {
                value = value.substring(1);
            } else if (FORMULA.matcher(value.strip()).matches()) {
                formulas.add(i);
            }
            cells.add(value);
        }
        return new Row(number, cells, formulas, record.size());
    }

    /**
     * Whether the content is text: not one of the {@link UploadedFiles} kinds (PDF, Office, images), no NUL byte
     * and few control characters in its first {@value #SNIFF_BYTES} bytes, as in every text file and no PDF, image
     * or archive.
     */
    public static boolean looksLikeText(byte[] content) {
        if (UploadedFiles.detect(content).isPresent()) {
            return false;
        }
        int limit = Math.min(content.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        for (int i = limit; i < content.length; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return control <= limit / 100;
    }

    /** Strict UTF-8: Windows-1252 or Latin-1 files are refused with the line of the first byte that is not UTF-8. */
    private static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Refused(Problem.ENCODING, lineAt(content, in.position()));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new Refused(Problem.ENCODING, lineAt(content, content.length));
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The separator the header line uses most, outside quotes. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
