/**
 * Inquiries from companies and citizens to the business centre, also those sent to the mayor or a council member:
 * received through the public form or registered by staff, routed to management (political level) or the
 * consultants, assigned, and answered within a deadline counted in Danish business days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inquiries", allowedDependencies = { "platform", "companies" })
@org.jspecify.annotations.NullMarked
package dk.samspil.inquiries;
