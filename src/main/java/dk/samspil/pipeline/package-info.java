/**
 * The pipeline (the public list of expected purchases): the municipality's planned procurements, their life cycle and public change log,
 * public search and open data. Publishing and every later change publish {@link dk.samspil.pipeline.ProcurementPublished}
 * and {@link dk.samspil.pipeline.ProcurementChanged} for the alerts module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pipeline",
        allowedDependencies = { "platform", "organisation", "codelists" })
@org.jspecify.annotations.NullMarked
package dk.samspil.pipeline;
