/**
 * Engagement: expressions of interest in planned procurements with partner finding for small suppliers, events
 * (market dialogue, OPI workshops, information meetings, one-to-one dialogue slots) with registration and waiting
 * lists, published minutes and answers for equal treatment, and OPI ideas. Publishes
 * {@link dk.samspil.engagement.InterestConfirmed}, {@link dk.samspil.engagement.EngagementEventAnnounced} and
 * {@link dk.samspil.engagement.EventMaterialPublished} for the alerts module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Engagement",
        allowedDependencies = {"platform", "companies", "organisation", "codelists", "pipeline"})
@org.jspecify.annotations.NullMarked
package dk.samspil.engagement;
