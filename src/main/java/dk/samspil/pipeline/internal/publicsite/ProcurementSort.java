package dk.samspil.pipeline.internal.publicsite;

/** Orders of the public list. */
enum ProcurementSort {
    /** Best text match first; only meaningful with search text. */
    RELEVANCE,
    /** Expected tender publication, soonest first (the default). */
    EXPECTED,
    /** Most recently published or changed first. */
    CHANGED,
    /** Highest estimated value (the upper end of a range) first; unknown values last. */
    VALUE
}
