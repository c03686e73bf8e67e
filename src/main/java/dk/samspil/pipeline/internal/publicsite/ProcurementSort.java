package dk.samspil.pipeline.internal.publicsite;

/** Orders of the public list. */
enum ProcurementSort {
    /** Best text match first; only meaningful with search text. */
    RELEVANCE,
    /** Expected tender publication, soonest first (the default). */
    EXPECTED,
    /** Most recently published or changed first. */
    CHANGED
}
