package dk.samspil.engagement.internal.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parsing and formatting of the values forms and the API send as text. */
final class EventFormats {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** The value format of {@code <input type="datetime-local">}. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private EventFormats() {
    }

    static EventType type(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EventType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** A local date and time in Copenhagen, or {@code null} when empty or not readable. */
    static Instant local(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), LOCAL).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code 14:30} in Copenhagen. */
    static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZONE));
    }

    static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(ZONE));
    }
}
