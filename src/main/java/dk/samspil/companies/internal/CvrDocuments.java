package dk.samspil.companies.internal;

import dk.samspil.platform.Cvr;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the CVR distribution's company documents one at a time, so a file of any size needs the memory of one
 * document. Accepted: an Elasticsearch search response ({@code hits.hits[]._source.Vrvirksomhed}), JSON lines of such
 * hits, JSON lines of {@code {"Vrvirksomhed": ...}} or of bare {@code Vrvirksomhed} objects, and a JSON array of any
 * of those. In JSON lines a broken line is reported and the next one read; in a single document the first error ends
 * the reading. Of each history (names, addresses, industries, ...) the current value is the one whose period is open.
 */
final class CvrDocuments {

    /**
     * One document read: the company's facts, or why it was refused, by the line it starts on; or, for a JSON line, the
     * line not yet parsed, with its CVR number and a digest of its bytes: a line imported before byte for byte needs
     * no parsing to be known unchanged.
     */
    sealed interface Item permits Parsed, Refused, Unparsed {
        long line();
    }

    /** A JSON line with one company, parsed only when needed. */
    final class Unparsed implements Item {
        private final long line;
        private final String cvr;
        private final String digest;
        private final byte[] bytes;

        Unparsed(long line, String cvr, String digest, byte[] bytes) {
            this.line = line;
            this.cvr = cvr;
            this.digest = digest;
            this.bytes = bytes;
        }

        @Override
        public long line() {
            return line;
        }

        String cvr() {
            return cvr;
        }

        /** SHA-256 of the line's bytes, hex. */
        String digest() {
            return digest;
        }

        /** The company's facts (with the line's digest) or why it is refused. */
        Item parse() {
            JsonNode node;
            try {
                node = json.readTree(bytes);
            } catch (JacksonException e) {
                return new Refused(line, "", "companies.import.refused.json", shortened(e.getOriginalMessage()));
            }
            Item item = document(line, node);
            return item instanceof Parsed parsed ? new Parsed(line, parsed.facts(), digest) : item;
        }
    }

    /** A company's facts; {@code digest} is its JSON line's SHA-256 when it came from one, else null. */
    record Parsed(long line, CvrFacts facts, @Nullable String digest) implements Item {

        Parsed(long line, CvrFacts facts) {
            this(line, facts, null);
        }
    }

    /** A refused document; {@code cvr} is empty when the document has no valid CVR number. */
    record Refused(long line, String cvr, String messageKey, String detail) implements Item {}

    /** The file is not in any of the accepted shapes. */
    static final class NotACvrFile extends RuntimeException {
        NotACvrFile() {
            super("Not a CVR file");
        }
    }

    /** How far the shape check may read ahead: one document's start. */
    static final int PEEK = 1 << 20;

    private final JsonMapper json;

    CvrDocuments(JsonMapper json) {
        this.json = json;
    }

    /** Throws {@link NotACvrFile} unless a file's start (up to {@link #PEEK} bytes) is one of the accepted shapes. */
    void checkShape(byte[] start) {
        if (shape(skipByteOrderMark(new java.io.ByteArrayInputStream(start))) == Shape.OTHER) {
            throw new NotACvrFile();
        }
    }

    void read(InputStream input, Consumer<Item> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        skipByteOrderMark(in);
        in.mark(PEEK);
        Shape shape = shape(in);
        in.reset();
        switch (shape) {
            case LINES -> readLines(in, sink);
            case SEARCH_RESPONSE, ARRAY -> readDocument(in, shape, sink);
            case EMPTY -> {}
            case OTHER -> throw new NotACvrFile();
        }
    }

    /** Skips a UTF-8 byte order mark (as some Windows tools write) at the stream's start; needs mark support. */
    private static InputStream skipByteOrderMark(InputStream in) {
        try {
            in.mark(3);
            if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
                in.reset();
            }
            return in;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private enum Shape {
        LINES,
        SEARCH_RESPONSE,
        ARRAY,
        EMPTY,
        OTHER
    }

    /** Decides by the first value's start: an array, an object whose first field is a search response's, or lines. */
    private Shape shape(InputStream in) {
        try (JsonParser parser = json.createParser(new NonClosing(in))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Shape.EMPTY;
            }
            if (first == JsonToken.START_ARRAY) {
                return Shape.ARRAY;
            }
            if (first != JsonToken.START_OBJECT) {
                return Shape.OTHER;
            }
            String field = parser.nextName();
            if (field == null) {
                return Shape.LINES;
            }
            return switch (field) {
                case "took", "timed_out", "_shards", "hits", "_scroll_id" -> Shape.SEARCH_RESPONSE;
                default -> Shape.LINES;
            };
        } catch (JacksonException e) {
            return Shape.OTHER;
        }
    }

    /**
     * Reads JSON lines as bytes. A line that holds one company (its first field name at any depth is
     * {@code cvrNummer} with a valid number, before any {@code hits}) is handed on unparsed; other lines (a whole
     * search response on one line, a broken line, a bad CVR number) are parsed here.
     */
    private void readLines(InputStream in, Consumer<Item> sink) throws IOException {
        MessageDigest sha = sha256();
        ByteLines lines = new ByteLines(in);
        long number = 0;
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
            number++;
            if (blank(line)) {
                continue;
            }
            String cvr = quickCvr(line);
            if (cvr != null && Cvr.problem(cvr).isEmpty()) {
                sink.accept(
                        new Unparsed(number, Cvr.normalize(cvr), HexFormat.of().formatHex(sha.digest(line)), line));
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JacksonException e) {
                sink.accept(
                        new Refused(number, "", "companies.import.refused.json", shortened(e.getOriginalMessage())));
                continue;
            }
            if (node.has("hits") && node.get("hits").has("hits")) {
                for (JsonNode hit : node.get("hits").get("hits")) {
                    sink.accept(document(number, hit));
                }
            } else {
                sink.accept(document(number, node));
            }
        }
    }

    /** Splits a stream into lines of bytes, reading it in blocks. */
    private static final class ByteLines {
        private final InputStream in;
        private byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;
        private boolean done;

        ByteLines(InputStream in) {
            this.in = in;
        }

        /** The next line's bytes without its line break, or null at the end. */
        byte @Nullable [] next() throws IOException {
            int scanned = start;
            while (true) {
                for (int i = scanned; i < end; i++) {
                    if (buffer[i] == '\n') {
                        byte[] line = java.util.Arrays.copyOfRange(
                                buffer, start, i > start && buffer[i - 1] == '\r' ? i - 1 : i);
                        start = i + 1;
                        return line;
                    }
                }
                scanned = end;
                if (done) {
                    if (start == end) {
                        return null;
                    }
                    byte[] line = java.util.Arrays.copyOfRange(buffer, start, end);
                    start = end;
                    return line;
                }
                if (start > 0) {
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    scanned -= start;
                    start = 0;
                }
                if (end == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    done = true;
                } else {
                    end += read;
                }
            }
        }
    }

    private static boolean blank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The value of the first {@code cvrNummer} field, if it comes before any {@code hits}; null otherwise. */
    private @Nullable String quickCvr(byte[] line) {
        try (JsonParser parser = json.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    if ("hits".equals(name)) {
                        return null;
                    }
                    if ("cvrNummer".equals(name)) {
                        JsonToken value = parser.nextToken();
                        return value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING
                                ? parser.getString()
                                : null;
                    }
                }
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readDocument(InputStream in, Shape shape, Consumer<Item> sink) {
        try (JsonParser parser = json.createParser(new NonClosing(in))) {
            parser.nextToken();
            if (shape == Shape.SEARCH_RESPONSE && !toHits(parser)) {
                return;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = parser.currentLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                sink.accept(document(line, node));
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.accept(new Refused(line, "", "companies.import.refused.json", shortened(e.getOriginalMessage())));
        }
    }

    /** Moves the parser to the start of {@code hits.hits}; false when the response has none. */
    private static boolean toHits(JsonParser parser) {
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if ("hits".equals(field) && value == JsonToken.START_OBJECT) {
                for (String inner = parser.nextName(); inner != null; inner = parser.nextName()) {
                    JsonToken innerValue = parser.nextToken();
                    if ("hits".equals(inner) && innerValue == JsonToken.START_ARRAY) {
                        return true;
                    }
                    parser.skipChildren();
                }
                return false;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** A hit, a {@code {"Vrvirksomhed": ...}} wrapper or a bare company. */
    private static Item document(long line, JsonNode node) {
        JsonNode source = node.has("_source") ? node.get("_source") : node;
        JsonNode company = source.has("Vrvirksomhed") ? source.get("Vrvirksomhed") : source;
        if (!company.isObject() || !company.has("cvrNummer")) {
            return new Refused(line, "", "companies.import.refused.noCompany", "");
        }
        String cvr = company.get("cvrNummer").asString("");
        Optional<String> problem = Cvr.problem(cvr);
        if (problem.isPresent()) {
            return new Refused(line, "", problem.get(), cvr);
        }
        JsonNode metadata = company.path("virksomhedMetadata");
        String name = text(metadata.path("nyesteNavn"), "navn")
                .or(() -> current(company, "navne").flatMap(n -> text(n, "navn")))
                .orElse(null);
        if (name == null || name.isBlank()) {
            return new Refused(line, Cvr.normalize(cvr), "companies.import.refused.noName", cvr);
        }
        JsonNode address = metadata.has("nyesteBeliggenhedsadresse")
                        && !metadata.get("nyesteBeliggenhedsadresse").isNull()
                ? metadata.get("nyesteBeliggenhedsadresse")
                : current(company, "beliggenhedsadresse").orElse(null);
        JsonNode industry = metadata.has("nyesteHovedbranche")
                        && !metadata.get("nyesteHovedbranche").isNull()
                ? metadata.get("nyesteHovedbranche")
                : current(company, "hovedbranche").orElse(null);
        Optional<JsonNode> life = current(company, "livsforloeb");
        return new Parsed(
                line,
                new CvrFacts(
                        Cvr.normalize(cvr),
                        name.strip(),
                        address == null ? null : street(address),
                        address == null ? null : digits(address.path("postnummer"), 4),
                        address == null ? null : text(address, "postdistrikt").orElse(null),
                        address == null ? null : digits(address.path("kommune").path("kommuneKode"), 3),
                        industry == null ? null : digits(industry.path("branchekode"), 6),
                        industry == null ? null : text(industry, "branchetekst").orElse(null),
                        current(company, "hjemmeside")
                                .flatMap(n -> text(n, "kontaktoplysning"))
                                .orElse(null),
                        current(company, "elektroniskPost")
                                .flatMap(n -> text(n, "kontaktoplysning"))
                                .orElse(null),
                        current(company, "telefonNummer")
                                .flatMap(n -> text(n, "kontaktoplysning"))
                                .orElse(null),
                        open(company, "binavne").stream()
                                .map(n -> text(n, "navn").orElse(""))
                                .filter(s -> !s.isBlank())
                                .sorted()
                                .toList(),
                        open(company, "penheder").stream()
                                .map(n -> n.path("pNummer").asString(""))
                                .filter(s -> !s.isBlank())
                                .sorted()
                                .toList(),
                        current(company, "virksomhedsform")
                                .flatMap(n -> text(n, "langBeskrivelse"))
                                .orElse(null),
                        current(company, "aarsbeskaeftigelse")
                                .flatMap(n -> text(n, "intervalKodeAntalAnsatte"))
                                .orElse(null),
                        text(metadata, "sammensatStatus")
                                .or(() -> current(company, "virksomhedsstatus").flatMap(n -> text(n, "status")))
                                .orElse(null),
                        company.path("reklamebeskyttet").asBoolean(false),
                        life.flatMap(n -> date(n.path("periode").path("gyldigFra")))
                                .orElse(null),
                        life.flatMap(n -> date(n.path("periode").path("gyldigTil")))
                                .orElse(null)));
    }

    /** The entries of a history whose period is open. */
    private static List<JsonNode> open(JsonNode company, String history) {
        List<JsonNode> open = new ArrayList<>();
        company.path(history).forEach(entry -> {
            if (isOpen(entry)) {
                open.add(entry);
            }
        });
        return open;
    }

    /**
     * The current entry of a history: the open one that started last; without an open one (a ceased company, or a
     * yearly figure) the one that ended or started last.
     */
    private static Optional<JsonNode> current(JsonNode company, String history) {
        JsonNode entries = company.path(history);
        if (!entries.isArray() || entries.isEmpty()) {
            return Optional.empty();
        }
        Comparator<JsonNode> latest = Comparator.comparing(
                        (JsonNode e) -> e.path("periode").path("gyldigTil").asString(""))
                .thenComparing(e -> e.path("periode").path("gyldigFra").asString(""))
                .thenComparing(
                        e -> e.path("aar").asInt(0) * 100 + e.path("maaned").asInt(0));
        List<JsonNode> all = StreamSupport.stream(entries.spliterator(), false).toList();
        return all.stream()
                .filter(CvrDocuments::isOpen)
                .max(Comparator.comparing(
                        (JsonNode e) -> e.path("periode").path("gyldigFra").asString("")))
                .or(() -> all.stream().max(latest));
    }

    private static boolean isOpen(JsonNode entry) {
        JsonNode period = entry.path("periode");
        return period.isObject()
                && (period.path("gyldigTil").isNull()
                        || period.path("gyldigTil").isMissingNode());
    }

    private static @Nullable String street(JsonNode address) {
        String road = text(address, "vejnavn").orElse(null);
        if (road == null) {
            return text(address, "fritekst").orElse(null);
        }
        StringBuilder street = new StringBuilder(road);
        text(address, "husnummerFra").ifPresent(n -> street.append(' ').append(n));
        text(address, "bogstavFra").ifPresent(street::append);
        text(address, "etage")
                .ifPresent(floor -> street.append(", ").append(floor).append('.'));
        text(address, "sidedoer").ifPresent(side -> street.append(' ').append(side));
        return street.toString();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNull() || value.isMissingNode() || value.isContainer()) {
            return Optional.empty();
        }
        String text = value.asString("").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A code written with a fixed number of digits ({@code 330}, {@code 0420}); null when it is no such code. */
    private static @Nullable String digits(JsonNode value, int length) {
        String text = value.isNull() || value.isMissingNode()
                ? ""
                : value.asString("").strip();
        if (!text.matches("[0-9]{1," + length + "}")) {
            return null;
        }
        return "0".repeat(length - text.length()) + text;
    }

    private static Optional<LocalDate> date(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asString("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The parser's message without its internal location note ({@code (start marker at [Source: ...])}), shortened. */
    private static String shortened(@Nullable String message) {
        String text = message == null
                ? ""
                : message.replaceAll("\\s+", " ")
                        .replaceAll(" ?\\((start marker )?at \\[Source:.*?\\]\\)", "")
                        .strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Lets the shape check's parser close without closing the file it peeked into. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
