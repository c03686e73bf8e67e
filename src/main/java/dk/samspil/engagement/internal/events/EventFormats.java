package dk.samspil.engagement.internal.events;

import dk.samspil.platform.DanishFormats;
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

    /** Stateless; the formats every module shares. */
    private static final DanishFormats FORMATS = new DanishFormats();

    private EventFormats() {}

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

    static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(ZONE));
    }

    /**
     * When an event (or a slot) takes place, in the language of the thread (page or mail):
     * {@code fredag 8. januar 2027 kl. 13.00–15.30}; both days when it ends on another day.
     */
    static String range(Instant start, Instant end) {
        return FORMATS.span(start, end);
    }

    /** A point in time with its weekday: {@code torsdag 7. januar 2027 kl. 12.00}. */
    static String moment(Instant instant) {
        return FORMATS.moment(instant);
    }
}
