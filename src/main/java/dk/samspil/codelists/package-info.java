/**
 * Code lists from the eForms SDK: CPV (Common Procurement Vocabulary) with its hierarchy and label search, and NUTS
 * regions, each with Danish and English labels. The types in this package are the API other modules use;
 * everything under {@code internal} is private to the module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Code lists",
        allowedDependencies = {"platform", "platform :: text"})
@org.jspecify.annotations.NullMarked
package dk.samspil.codelists;
