package dk.samspil.pipeline.internal.publicsite;

/** One value of a filter or sort choice on the public list. */
public record ListOption(String value, String label, boolean selected) {}
