/**
 * Inquiries from companies and citizens to the business centre, also those sent to the mayor or a council member:
 * received through the public form, the JSON API or registered by staff, routed to management (political level) or
 * by topic to a consultant team, handled with notes, internal forwarding, replies through the outbox (answers come
 * back from an IMAP mailbox by case number) and closing with an outcome, answered within deadlines counted in Danish
 * business days, listed each business-day morning to management, and counted for the status meetings. Other modules
 * read the figures through {@link dk.samspil.inquiries.InquiryStatistics}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Inquiries",
        allowedDependencies = {"platform", "companies"})
@org.jspecify.annotations.NullMarked
package dk.samspil.inquiries;
