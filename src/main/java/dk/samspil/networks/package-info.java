/**
 * Networks ("Netværk"): the energy network's secretariat, Én Indgang and other business networks run by the business
 * centre: members (companies from the register by CVR number, and organisations) with roles and joining and leaving
 * dates, membership requests from a public page, meetings with agendas, calendar invitations, attendance and minutes
 * with decisions and actions, a members' mailing list kept in step through the newsletter's {@code ModuleLists}, and
 * the secretariat's yearly budget with expenses and hours by category.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Networks",
        allowedDependencies = {"platform", "companies", "newsletter"})
@org.jspecify.annotations.NullMarked
package dk.samspil.networks;
