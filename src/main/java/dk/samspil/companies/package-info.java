/**
 * The register of companies by CVR number, and the visits and notes the business centre, the municipality's case
 * workers and the job centre share about them. Each note says who may read it; reads across organisations are logged.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Companies",
        allowedDependencies = {"platform", "platform :: text", "organisation", "codelists"})
@org.jspecify.annotations.NullMarked
package dk.samspil.companies;
