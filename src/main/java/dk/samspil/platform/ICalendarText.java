package dk.samspil.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar (RFC 5545) content lines: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, TEXT values escaped, date-times in UTC. What the calendar holds is up to the caller.
 */
public final class ICalendarText {

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as given (dates, numbers, codes, URIs). */
    public ICalendarText raw(String nameAndParameters, String value) {
        line(nameAndParameters + ":" + value);
        return this;
    }

    /** A TEXT property: backslash, semicolon, comma and line breaks are escaped. */
    public ICalendarText text(String name, @Nullable String value) {
        return raw(name, escape(value));
    }

    /** A whole-day DATE property. */
    public ICalendarText date(String name, LocalDate date) {
        return raw(name + ";VALUE=DATE", DATE.format(date));
    }

    /** A DATE-TIME property in UTC. */
    public ICalendarText utc(String name, Instant instant) {
        return raw(name, UTC.format(instant));
    }

    public String build() {
        return out.toString();
    }

    public static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A parameter value in double quotes (for CN=): quotes are not allowed inside, so they are dropped. */
    public static String quoted(@Nullable String value) {
        return "\""
                + (value == null
                        ? ""
                        : value.replace("\"", "").replace("\r", " ").replace("\n", " ")) + "\"";
    }

    /** Folds after at most 75 octets; a continuation line starts with a space, which counts towards its 75. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
