/**
 * Staff identity: users and their roles, form login with lock-out, personal API tokens, the first administrator's
 * set-up and the demo logins. The types in this package are the module's settings; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform"})
@org.jspecify.annotations.NullMarked
package dk.samspil.identity;
