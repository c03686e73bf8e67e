package dk.samspil.companies;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing on a company's timeline: when, what (a message key of the contributing module with its arguments) and
 * where to read more (a path of that module, or {@code null}).
 */
public record CompanyTimelineItem(
        Instant at,
        String messageKey,
        List<Object> arguments,
        @Nullable String link) {

    public CompanyTimelineItem {
        arguments = List.copyOf(arguments);
    }
}
