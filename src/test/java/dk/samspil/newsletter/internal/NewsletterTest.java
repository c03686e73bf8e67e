package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.companies.CompanySegments;
import dk.samspil.platform.MailSuppressions;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consent history per list, the signed links (one-click unsubscribe without cookies, purpose-bound tokens, forged
 * links), and the bad input for sign-ups and campaigns: nothing is sent wrongly.
 */
class NewsletterTest extends IntegrationTest {

    @Autowired
    NewsletterSubscriptions subscriptions;

    @Autowired
    NewsletterLists lists;

    @Autowired
    Campaigns campaigns;

    @Autowired
    NewsletterLinks links;

    @Autowired
    MailSuppressions suppressions;

    @Autowired
    CompanySegments segments;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void theConsentHistoryRecordsWhenHowWhichTextAndFromWhereForEachList() {
        long news = list("Nyt", true, false);
        long courses = list("Kurser", true, false);
        long open = list("Åben", false, false);
        String email = unique("historik");

        subscriptions.signUp(signUp(email, null, news, courses, open));
        long person = person(email);
        assertThat(statuses(person)).containsExactly("PENDING", "PENDING", "ACTIVE");
        assertThat(outboxTo(email))
                .as("one confirmation mail for the two double opt-in lists")
                .isEqualTo(1);

        long signup = jdbc.sql("SELECT id FROM newsletter_signup WHERE subscriber_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
        assertThat(subscriptions.confirm(signup, "198.51.100.7"))
                .isEqualTo(NewsletterSubscriptions.Confirmation.CONFIRMED);
        assertThat(subscriptions.confirm(signup, "198.51.100.7"))
                .isEqualTo(NewsletterSubscriptions.Confirmation.ALREADY_CONFIRMED);
        assertThat(statuses(person)).containsExactly("ACTIVE", "ACTIVE", "ACTIVE");
        assertThat(subscriptions.unsubscribe(person, news, NewsletterSubscriptions.Method.ONE_CLICK, 0, "192.0.2.1"))
                .isTrue();

        List<ConsentRecord> history = subscriptions.consentHistory(person);
        assertThat(history)
                .extracting(c -> c.listId() + " " + c.action() + " " + c.method())
                .containsExactly(
                        news + " GIVEN WEB_FORM",
                        courses + " GIVEN WEB_FORM",
                        open + " GIVEN WEB_FORM",
                        open + " CONFIRMED WEB_FORM",
                        news + " CONFIRMED CONFIRM_LINK",
                        courses + " CONFIRMED CONFIRM_LINK",
                        news + " WITHDRAWN ONE_CLICK");
        assertThat(history.get(0).source()).isEqualTo("/nyhedsbrev");
        assertThat(history.get(0).clientAddress()).isEqualTo("203.0.113.5");
        assertThat(history.get(4).clientAddress()).isEqualTo("198.51.100.7");
        assertThat(history).allSatisfy(c -> assertThat(c.textVersion()).matches("\\d{4}-\\d{2}-\\d{2}-1"));
        assertThat(statuses(person)).containsExactly("UNSUBSCRIBED", "ACTIVE", "ACTIVE");
    }

    @Test
    void theOneClickPostNeedsNoCookieButOnlyThatRouteIsFreeOfCsrfAndTokensAreBoundToTheirPurpose() {
        long news = list("Klik", false, false);
        String email = unique("klik");
        subscriptions.signUp(signUp(email, null, news));
        long person = person(email);
        Http http = new Http(port);

        String unsubscribe = path(links.unsubscribeUrl(person, news, 0));
        String preferences = path(links.preferencesUrl(person));
        String preferencesToken = preferences.substring(preferences.indexOf("token=") + 6);

        // a token for the preference page is worthless on the unsubscribe route, and a forged one too
        HttpResponse<String> wrongPurpose = http.post(
                "/nyhedsbrev/afmeld?token=" + preferencesToken,
                "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertThat(wrongPurpose.statusCode()).isEqualTo(400);
        assertThat(wrongPurpose.body()).contains("Linket virker ikke");
        HttpResponse<String> forged =
                http.get(preferences.replace(preferencesToken, "x" + preferencesToken.substring(1)));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Linket virker ikke");
        assertThat(statuses(person)).containsExactly("ACTIVE");

        // the preference page's POST keeps CSRF protection: without the form's token it is refused
        HttpResponse<String> noCsrf = http.post(preferences, "application/x-www-form-urlencoded", "");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(statuses(person)).containsExactly("ACTIVE");

        HttpResponse<String> oneClick =
                http.post(unsubscribe, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(statuses(person)).containsExactly("UNSUBSCRIBED");
        assertThat(subscriptions.consentHistory(person))
                .last()
                .satisfies(c -> assertThat(c.method()).isEqualTo("ONE_CLICK"));
    }

    @Test
    void aSignUpWithBadInputIsRefusedInDanishTermsAndStoresNothing() {
        long news = list("Fejl", true, false);
        long internal = lists.create(new NewsletterLists.NewList(
                "Intern " + UUID.randomUUID(), "Kun personalet.", MailingList.Visibility.INTERNAL, false, false));
        assertThat(violations(signUp("ikke-en-adresse", null, news))).containsExactly("newsletter.error.email.invalid");
        assertThat(violations(signUp(unique("x"), "12345678", news))).containsExactly("validation.cvr.checkDigit");
        assertThat(violations(signUp(unique("x"), null))).containsExactly("newsletter.error.lists.required");
        assertThat(violations(signUp(unique("x"), null, 999_999_999L)))
                .containsExactly("newsletter.error.lists.unknown");
        assertThat(violations(signUp(unique("x"), null, internal)))
                .as("an internal list is not for the public")
                .containsExactly("newsletter.error.lists.unknown");

        // an address with a unicode domain is a real address: it is kept as written, and the outbox sends to its
        // IDNA form (platform SmtpUtf8)
        String unicode = "anne-" + UUID.randomUUID().toString().substring(0, 6) + "@æblegården.dk";
        subscriptions.signUp(signUp(unicode, null, news));
        assertThat(outboxTo(unicode)).isEqualTo(1);
    }

    @Test
    void aCampaignReachesEachPersonOnceAndSkipsSuppressedAndAdvertisingProtectedAddresses() {
        long news = list("Kampagne", false, false);
        long marketing = list("Tilbud", false, true);
        String both = unique("begge");
        String suppressed = unique("spaerret");
        String protectedByCustomer = unique("beskyttet");
        String protectedConsented = unique("samtykke");
        String cvr = CvrNumbers.random();
        jdbc.sql("""
                        INSERT INTO company (cvr, name, advertising_protected, created_at, updated_at)
                        VALUES (:cvr, 'Reklamebeskyttet ApS', true, now(), now())""").param("cvr", cvr).update();
        subscriptions.signUp(signUp(both, null, news, marketing));
        subscriptions.signUp(signUp(suppressed, null, news));
        subscriptions.signUp(signUp(protectedByCustomer, cvr, marketing));
        subscriptions.signUp(signUp(protectedConsented, cvr, marketing));
        // the customer relationship (markedsføringsloven § 10, stk. 2) is no consent: reklamebeskyttelse applies
        jdbc.sql("UPDATE newsletter_subscription SET legal_basis = 'CUSTOMER' WHERE subscriber_id = :p")
                .param("p", person(protectedByCustomer))
                .update();
        suppressions.suppress(suppressed, MailSuppressions.Reason.HARD_BOUNCE, "550 5.1.1 user unknown");

        long campaign = campaigns.create(
                draft("Ugens nyt", "# Hej\n\n<script>alert(1)</script>", null, news, marketing), "consultant@test.dk");
        assertThat(campaigns.send(campaign)).isEqualTo(2);
        assertThat(outboxTo(both, "newsletter.campaign")).isEqualTo(1);
        assertThat(outboxTo(protectedConsented, "newsletter.campaign")).isEqualTo(1);
        assertThat(outboxTo(suppressed, "newsletter.campaign")).isZero();
        assertThat(outboxTo(protectedByCustomer, "newsletter.campaign")).isZero();
        Campaigns.Figures figures = campaigns.figures(campaign);
        assertThat(figures.recipients()).isEqualTo(2);
        assertThat(figures.skipReasons()).containsEntry("SUPPRESSED", 1).containsEntry("ADVERTISING_PROTECTED", 1);
        assertThat(campaigns.html(campaigns.find(campaign).orElseThrow()))
                .contains("<h2>Hej</h2>", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");

        assertThatThrownBy(() -> campaigns.send(campaign))
                .isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).conflict()).isTrue());
        assertThat(outboxTo(both, "newsletter.campaign")).as("sent once only").isEqualTo(1);
    }

    @Test
    void staffAddAPersonToAnInternalListWithTheLegalBasisAndWhereItIsDocumented() {
        long internal = lists.create(new NewsletterLists.NewList(
                "Netværk " + UUID.randomUUID(), "Netværkets nyt.", MailingList.Visibility.INTERNAL, false, true));
        String email = unique("medlem");
        subscriptions.addByStaff(
                internal, email, null, "CUSTOMER", "Medlem af energinetværket 2026", "consultant@test.dk");
        long person = person(email);
        assertThat(statuses(person)).containsExactly("ACTIVE");
        assertThat(subscriptions.consentHistory(person))
                .extracting(c -> c.action() + " " + c.method() + " " + c.source())
                .containsExactly(
                        "GIVEN STAFF Medlem af energinetværket 2026 (consultant@test.dk)",
                        "CONFIRMED STAFF Medlem af energinetværket 2026 (consultant@test.dk)");
        assertThat(jdbc.sql("SELECT legal_basis FROM newsletter_subscription WHERE subscriber_id = :p")
                        .param("p", person)
                        .query(String.class)
                        .single())
                .isEqualTo("CUSTOMER");
        assertThat(outboxTo(email))
                .as("no confirmation mail when staff add a person")
                .isZero();

        assertThatThrownBy(() -> subscriptions.addByStaff(internal, unique("x"), null, "MAYBE", " ", "c@test.dk"))
                .isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).violations())
                        .extracting(Violation::messageKey)
                        .containsExactly("newsletter.error.legalBasis.required", "newsletter.error.source.required"));
    }

    @Test
    void aSegmentNarrowsTheAudienceToItsCompanies() {
        long news = list("Segment", false, false);
        String inside = unique("inde");
        String outside = unique("ude");
        String cvr = CvrNumbers.random();
        subscriptions.signUp(signUp(inside, cvr, news));
        subscriptions.signUp(signUp(outside, null, news));
        // a company with a tag of its own, and the companies module's saved segment of that tag
        String tag = "nyhedsbrevsegment" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        jdbc.sql("""
                        INSERT INTO company (cvr, name, tags, created_at, updated_at)
                        VALUES (:cvr, 'Byggefirma ApS', ARRAY[:tag], now(), now())""").param("cvr", cvr).param("tag", tag).update();
        UUID segment = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO company_segment (id, name, filter, created_by, created_at)
                        VALUES (:id, :name, CAST(:filter AS jsonb), 'consultant@test.dk', now())""")
                .param("id", segment)
                .param("name", "Byggeri " + tag)
                .param("filter", "{\"tags\":[\"" + tag + "\"]}")
                .update();
        assertThat(segments.cvrs(segment)).containsExactly(cvr);

        long campaign = campaigns.create(draft("Til byggeriet", "Tekst", segment, news), "consultant@test.dk");
        assertThat(campaigns.send(campaign)).isEqualTo(1);
        assertThat(outboxTo(inside, "newsletter.campaign")).isEqualTo(1);
        assertThat(outboxTo(outside, "newsletter.campaign")).isZero();
        assertThat(violations(draft("Ukendt segment", "Tekst", UUID.randomUUID(), news)))
                .containsExactly("newsletter.error.segment.unknown");
    }

    @Test
    void aCampaignWithBadInputIsRefusedAndNothingIsSent() {
        long empty = list("Tom", false, false);
        assertThat(violations(draft("Emne", "Se [programmet](https://example.dk/program", null, empty)))
                .containsExactly("newsletter.error.markdown.link");
        Campaigns.Draft past = new Campaigns.Draft(
                "Emne",
                "Tekst",
                List.of(empty),
                null,
                LocalDateTime.now(ZoneId.of("Europe/Copenhagen")).minusHours(1));
        assertThat(campaigns.check(past))
                .extracting(Violation::messageKey)
                .containsExactly("newsletter.error.scheduledAt.past");
        assertThat(violations(draft("Linje\nBcc: x@example.dk", "Tekst", null, empty)))
                .containsExactly("validation.singleLine");
        assertThat(violations(draft("Emne", "Tekst", null))).containsExactly("newsletter.error.campaignLists.required");

        long campaign = campaigns.create(draft("Til ingen", "Tekst", null, empty), "consultant@test.dk");
        assertThatThrownBy(() -> campaigns.send(campaign))
                .isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).violations().get(0).messageKey())
                        .isEqualTo("newsletter.error.noRecipients"));
        assertThat(campaigns.find(campaign).orElseThrow().status()).isEqualTo(Campaign.Status.DRAFT);
    }

    private long list(String name, boolean doubleOptIn, boolean marketing) {
        return lists.create(new NewsletterLists.NewList(
                name + " " + UUID.randomUUID(),
                "Formålet med " + name,
                MailingList.Visibility.PUBLIC,
                doubleOptIn,
                marketing));
    }

    private static NewsletterSubscriptions.SignUp signUp(String email, String cvr, Long... listIds) {
        return new NewsletterSubscriptions.SignUp(
                email,
                null,
                cvr,
                List.of(listIds),
                "da",
                NewsletterSubscriptions.Method.WEB_FORM,
                "/nyhedsbrev",
                "203.0.113.5",
                true);
    }

    private static Campaigns.Draft draft(String subject, String markdown, UUID segment, Long... listIds) {
        return new Campaigns.Draft(subject, markdown, List.of(listIds), segment, null);
    }

    private List<String> violations(NewsletterSubscriptions.SignUp signUp) {
        List<String> keys =
                subscriptions.check(signUp).stream().map(Violation::messageKey).toList();
        assertThatThrownBy(() -> subscriptions.signUp(signUp)).isInstanceOf(Rejected.class);
        if (signUp.email() != null) {
            assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE lower(email) = lower(:e)")
                            .param("e", signUp.email())
                            .query(Long.class)
                            .single())
                    .as("nothing stored")
                    .isZero();
        }
        return keys;
    }

    private List<String> violations(Campaigns.Draft draft) {
        List<String> keys =
                campaigns.check(draft).stream().map(Violation::messageKey).toList();
        long before = jdbc.sql("SELECT count(*) FROM newsletter_campaign")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> campaigns.create(draft, "consultant@test.dk")).isInstanceOf(Rejected.class);
        assertThat(jdbc.sql("SELECT count(*) FROM newsletter_campaign")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        return keys;
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM alert_subscriber WHERE lower(email) = lower(:e)")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private List<String> statuses(long person) {
        return jdbc.sql("SELECT status FROM newsletter_subscription WHERE subscriber_id = :p ORDER BY list_id")
                .param("p", person)
                .query(String.class)
                .list();
    }

    private long outboxTo(String email) {
        return outboxTo(email, "newsletter.");
    }

    private long outboxTo(String email, String category) {
        return jdbc.sql(
                        "SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(:e) AND category LIKE :c || '%'")
                .param("e", email)
                .param("c", category)
                .query(Long.class)
                .single();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }

    private static String path(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
