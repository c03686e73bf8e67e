/**
 * The municipality that runs Samspil, its buying units and the business centre it works with. The types in this
 * package are the API other modules use; administration pages and demo data live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"platform"})
@org.jspecify.annotations.NullMarked
package dk.samspil.organisation;
