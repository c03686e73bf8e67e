/**
 * Cross-cutting platform: layout and i18n, error pages, security configuration, audit log, embedded database,
 * mail outbox, signed tokens and the clock. The types in this package are the API other modules use;
 * everything under {@code internal} is private to the module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package dk.samspil.platform;
