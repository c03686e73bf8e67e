package dk.samspil.pipeline;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One entry of a planned procurement's public history: its publication, a change of content, or of status. */
public record ProcurementChange(
        long id,
        Instant changedAt,
        Kind kind,
        boolean material,
        @Nullable String reason,
        List<FieldChange> changes) {

    public enum Kind {
        PUBLISHED,
        CHANGED,
        STATUS
    }
}
