/**
 * Alerts ("Varsling"): companies subscribe without an account to planned procurements by CPV code, keyword, buying
 * unit and value, or follow one entry; double opt-in, consent log, manage and unsubscribe by signed e-mail links.
 * {@link dk.samspil.alerts.AlertLinks} gives the links and headers every alert mail must carry.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Alerts",
        allowedDependencies = {
            "platform",
            "companies",
            "platform :: text",
            "organisation",
            "codelists",
            "pipeline",
            "engagement"
        })
@org.jspecify.annotations.NullMarked
package dk.samspil.alerts;
