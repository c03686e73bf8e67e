package dk.samspil.pipeline;

import org.jspecify.annotations.Nullable;

/** One changed field of a published entry, shown in its public history. Values are display text. */
public record FieldChange(
        String field, @Nullable String from, @Nullable String to) {}
