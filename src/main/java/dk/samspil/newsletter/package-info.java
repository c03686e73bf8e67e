/**
 * Newsletters ("Nyhedsbreve"): public and internal mailing lists with consent per list and its history, public
 * sign-up with double opt-in, a preference centre and one-click unsubscribe by signed links, campaigns written in
 * Markdown to lists (optionally narrowed to a saved company segment), with reklamebeskyttelse respected on marketing
 * lists, a public archive, figures per campaign, and bounces read from an IMAP mailbox. A person is the alerts
 * module's subscriber (one per e-mail address across Samspil).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Newsletter",
        allowedDependencies = {"platform", "alerts", "companies", "organisation"})
@org.jspecify.annotations.NullMarked
package dk.samspil.newsletter;
