/**
 * The agreement ("Aftalen"): the yearly agreement between the municipality and the business centre and its annual
 * wheel — agreement periods with budget, extra allocations, purchased services and expenses by focus area; focus areas
 * with goals, activities and indicators computed live from the other modules' figures; joint projects and ideas; the
 * wheel of the year with recurring items as iCalendar rules; and the status meetings with a pack generated from what
 * Samspil knows, decisions and actions carried to the next meeting. It reads the other modules and none reads it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Agreement",
        allowedDependencies = {
            "platform",
            "pipeline",
            "alerts",
            "engagement",
            "companies",
            "inquiries",
            "talent",
            "networks",
            "tendernews"
        })
@org.jspecify.annotations.NullMarked
package dk.samspil.agreement;
