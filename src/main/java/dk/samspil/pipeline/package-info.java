/**
 * The pipeline (the public list of expected purchases): the municipality's planned procurements, their life cycle and public change log,
 * public search and open data. Publishing and every later change publish {@link dk.samspil.pipeline.ProcurementPublished}
 * and {@link dk.samspil.pipeline.ProcurementChanged} for the alerts module.
 * <p>
 * This package is what other modules use: the services ({@link dk.samspil.pipeline.ProcurementService},
 * {@link dk.samspil.pipeline.ProcurementExtracts}), the events, the value
 * types of an entry, and the extension points through which other modules add to the pipeline's pages
 * ({@link dk.samspil.pipeline.EntryCounts}, {@link dk.samspil.pipeline.EntryPageContribution}). Storage, rules, search,
 * pages, import and open data live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Pipeline",
        allowedDependencies = {"platform", "platform :: text", "organisation", "codelists"})
@org.jspecify.annotations.NullMarked
package dk.samspil.pipeline;
