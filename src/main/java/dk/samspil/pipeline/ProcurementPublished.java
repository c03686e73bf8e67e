package dk.samspil.pipeline;

/** A planned procurement became public. */
public record ProcurementPublished(ProcurementSnapshot procurement) {}
