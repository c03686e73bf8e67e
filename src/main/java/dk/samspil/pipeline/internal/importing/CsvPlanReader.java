package dk.samspil.pipeline.internal.importing;

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
 * Reads a plan saved as CSV: UTF-8 with or without a byte order mark, {@code ;}, {@code ,} or tab as separator
 * (whichever the header line uses most). Cells that a spreadsheet would run as a formula are marked, so the import
 * can refuse them; a leading {@code '} that {@link dk.samspil.platform.Spreadsheets} adds to protect such text is
 * removed again.
 */
final class CsvPlanReader {

    /** Text a spreadsheet would evaluate; signed numbers and phone numbers such as "+45 58 57 36 00" are fine. */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=@].*|[+-](?![\\d\\s.,()/]*$).*)", Pattern.DOTALL);

    private static final Pattern ESCAPED = Pattern.compile("^'[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private CsvPlanReader() {}

    static PlanSheet read(byte[] content, int maxRows) {
        String text = decode(content);
        if (text.isBlank()) {
            throw new PlanFileRejected("pipeline.import.error.empty");
        }
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .get();
        List<String> header = null;
        List<PlanSheet.Row> rows = new ArrayList<>();
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
                PlanSheet.Row row = row(number, record);
                if (row.cells().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new PlanFileRejected("pipeline.import.error.tooManyRows", maxRows);
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new PlanFileRejected("pipeline.import.error.csvSyntax");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanSheet(header == null ? List.of() : header, rows, true);
    }

    private static PlanSheet.Row row(int number, CSVRecord record) {
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
        return new PlanSheet.Row(number, cells, formulas, record.size());
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
            throw new PlanFileRejected("pipeline.import.error.encoding", lineAt(content, in.position()));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new PlanFileRejected("pipeline.import.error.encoding", lineAt(content, content.length));
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
