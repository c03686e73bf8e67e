package dk.samspil.pipeline;

/** A reference and content for a new draft, e.g. one row of an imported plan. */
public record NewProcurement(String reference, ProcurementDetails details) {}
