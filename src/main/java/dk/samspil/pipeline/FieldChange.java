package dk.samspil.pipeline;

/** One changed field of a published entry, shown in its public history. Values are display text. */
public record FieldChange(String field, String from, String to) {
}
