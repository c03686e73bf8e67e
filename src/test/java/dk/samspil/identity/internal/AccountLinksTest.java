package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.platform.Roles;
import dk.samspil.support.Background;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Invitations, "Glemt adgangskode?" and forced password changes end to end: real sessions against the running
 * server, mail over SMTP (GreenMail), and the refusals of forged, expired and replayed links in the audit log.
 * Reset requests come from addresses of their own (MockMvc), so the lowered per-address limit counts only them.
 */
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "samspil.mail-throttle.per-client-address=3")
class AccountLinksTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern LINK =
            Pattern.compile("https?://[^/\\s]+(/(?:invitation|adgangskode/ny)\\?token=(\\S+))");
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffUserService users;

    @Autowired
    StaffUserRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitedUserChoosesAPasswordFromTheMailIsLoggedInAndTheLinkWorksOnce() throws Exception {
        Http http = new Http(port);
        Http.FormSession admin = adminSession(http);
        String email = IdentityTestUsers.uniqueEmail();

        HttpResponse<String> created = http.post(
                "/admin/brugere/ny",
                FORM,
                admin.form("name=Ida+Inviteret&email=" + enc(email) + "&roles=" + Roles.CONSULTANT),
                "Cookie",
                admin.cookie());
        assertThat(created.statusCode()).isEqualTo(302);
        StaffUser invited = repository.findByEmail(email).orElseThrow();
        assertThat(invited.hasPassword())
                .as("no password typed by the administrator")
                .isFalse();

        String mail = mailText(email, 1);
        assertThat(mail).contains("Kære Ida Inviteret", "7 dage", "kun én gang");
        String link = link(mail, "/invitation");
        Http.FormSession anonymous = http.formSession(link);
        assertThat(http.get(link, "Cookie", anonymous.cookie()).body()).contains("Velkommen til Samspil");

        String token = token(mail);
        HttpResponse<String> mismatch = http.post(
                "/invitation",
                FORM,
                anonymous.form("token=" + enc(token) + "&password=et-godt-kodeord-1&passwordRepeat=et-andet-kodeord"),
                "Cookie",
                anonymous.cookie());
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("Skriv den samme adgangskode i begge felter");

        HttpResponse<String> chosen = http.post(
                "/invitation",
                FORM,
                anonymous.form("token=" + enc(token) + "&password=et-godt-kodeord-1&passwordRepeat=et-godt-kodeord-1"),
                "Cookie",
                anonymous.cookie());
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String session = Http.sessionCookie(chosen).orElseThrow();
        assertThat(session).as("a new session id after login").isNotEqualTo(anonymous.cookie());
        assertThat(http.get("/konto", "Cookie", session).body()).as("logged in").contains(email);
        assertThat(repository.findById(invited.id()).orElseThrow().lastLoginAt())
                .isNotNull();

        Http.FormSession other = http.formSession("/glemt-adgangskode");
        HttpResponse<String> replay = http.post(
                "/invitation",
                FORM,
                other.form("token=" + enc(token) + "&password=angriberens-kodeord&passwordRepeat=angriberens-kodeord"),
                "Cookie",
                other.cookie());
        assertThat(replay.statusCode()).isEqualTo(410);
        assertThat(replay.body()).contains("Linket er allerede brugt", "Intet er ændret");
        assertThat(http.get(link).statusCode()).isEqualTo(410);
        assertThat(refusals(String.valueOf(invited.id()), "identity.invitation: used"))
                .isEqualTo(2);
        http.login(email, "et-godt-kodeord-1");
    }

    @Test
    void anAdministratorResendsTheInvitationAndTheFirstLinkDiesWithTheSecondsUse() throws Exception {
        Http http = new Http(port);
        Http.FormSession admin = adminSession(http);
        String email = IdentityTestUsers.uniqueEmail();
        http.post(
                "/admin/brugere/ny",
                FORM,
                admin.form("name=Ole+Igen&email=" + enc(email) + "&roles=" + Roles.MANAGEMENT),
                "Cookie",
                admin.cookie());
        StaffUser invited = repository.findByEmail(email).orElseThrow();
        assertThat(http.get("/admin/brugere/" + invited.id(), "Cookie", admin.cookie())
                        .body())
                .contains("Send invitation igen");

        HttpResponse<String> resent = http.post(
                "/admin/brugere/" + invited.id() + "/invitation", FORM, admin.form(""), "Cookie", admin.cookie());
        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(http.get("/admin/brugere/" + invited.id(), "Cookie", admin.cookie())
                        .body())
                .contains("Invitationen er sendt igen");

        TestSmtp.awaitMails(greenMail, email, 2);
        MimeMessage[] mails = greenMail.getReceivedMessagesForDomain(email);
        String first = token(TestSmtp.text(mails[0]));
        String second = token(TestSmtp.text(mails[1]));
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", second)
                        .param("password", "mit-eget-kodeord")
                        .param("passwordRepeat", "mit-eget-kodeord"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/invitation").param("token", first))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Linket er allerede brugt")));
        assertThat(http.post(
                                "/admin/brugere/" + invited.id() + "/invitation",
                                FORM,
                                admin.form(""),
                                "Cookie",
                                admin.cookie())
                        .statusCode())
                .isEqualTo(302);
        assertThat(http.get("/admin/brugere/" + invited.id(), "Cookie", admin.cookie())
                        .body())
                .contains("Invitationen blev ikke sendt")
                .doesNotContain("Send invitation igen");
    }

    @Test
    void forgotPasswordAnswersAlikeForEveryAddressAndItsLinkEndsTheOtherSessions() throws Exception {
        Http http = new Http(port);
        StaffUser user = IdentityTestUsers.create(users, Roles.PROCUREMENT);
        Http.FormSession phone = http.login(user.email(), IdentityTestUsers.PASSWORD);
        String unknown = IdentityTestUsers.uniqueEmail();

        String known = forgot(user.email(), nextAddress());
        String stranger = forgot(unknown, nextAddress());
        assertThat(known).isEqualTo(stranger).contains("Hvis adressen hører til en bruger i Samspil");

        String mail = mailText(user.email(), 1);
        assertThat(mail).contains("1 time", "din adgangskode er ikke ændret");
        Background.awaitOutboxSent(jdbc, unknown);
        assertThat(greenMail.getReceivedMessagesForDomain(unknown)).isEmpty();
        assertThat(outboxCount(unknown)).isZero();

        String token = token(mail);
        mvc.perform(get("/adgangskode/ny").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vælg en ny adgangskode")));
        mvc.perform(get("/invitation").param("token", token))
                .andExpect(status().isNotFound()); // a reset link is no invitation
        Http.FormSession laptop = http.formSession(link(mail, "/adgangskode/ny"));
        HttpResponse<String> reset = http.post(
                "/adgangskode/ny",
                FORM,
                laptop.form("token=" + enc(token)
                        + "&password=nyt-kodeord-efter-glemt&passwordRepeat=nyt-kodeord-efter-glemt"),
                "Cookie",
                laptop.cookie());
        assertThat(reset.statusCode()).isEqualTo(302);

        assertThat(http.get("/konto", "Cookie", Http.sessionCookie(reset).orElseThrow())
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get("/konto", "Cookie", phone.cookie()).statusCode())
                .as("the other session ended")
                .isEqualTo(302);
        mvc.perform(post("/adgangskode/ny")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "endnu-et-kodeord")
                        .param("passwordRepeat", "endnu-et-kodeord"))
                .andExpect(status().isGone());
        http.login(user.email(), "nyt-kodeord-efter-glemt");
    }

    @Test
    void resetRequestsAreThrottledPerEmailAndPerClientAddress() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        String address = nextAddress();

        String first = forgot(user.email(), address);
        String again = forgot(user.email(), nextAddress());
        assertThat(again).isEqualTo(first);
        assertThat(outboxCount(user.email()))
                .as("one mail per e-mail and interval")
                .isEqualTo(1);

        StaffUser other = IdentityTestUsers.create(users, Roles.CONSULTANT);
        forgot(IdentityTestUsers.uniqueEmail(), address);
        forgot(IdentityTestUsers.uniqueEmail(), address);
        assertThat(forgot(other.email(), address))
                .as("the same answer when refused")
                .isEqualTo(first);
        assertThat(outboxCount(other.email()))
                .as("the fourth request from one address sends nothing")
                .isZero();
        forgot(other.email(), nextAddress());
        assertThat(outboxCount(other.email()))
                .as("another address may still ask")
                .isEqualTo(1);
    }

    @Test
    void forgedCrossPurposeAndExpiredLinksAreRefusedAuditedAndChangeNothing() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        String address = nextAddress();
        forgot(user.email(), address);
        String token = token(mailText(user.email(), 1));
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        mvc.perform(get("/adgangskode/ny").param("token", forged).with(from(address)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Linket er ugyldigt")));
        mvc.perform(post("/adgangskode/ny")
                        .with(csrf())
                        .with(from(address))
                        .param("token", forged)
                        .param("password", "angriberens-kodeord")
                        .param("passwordRepeat", "angriberens-kodeord"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/adgangskode/ny").with(from(address))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE entity_type = 'PasswordLink' AND entity_id = 'unknown'
                        AND changes::text LIKE :address""")
                        .param("address", "%" + address + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        String expired = expiredToken("identity.password-reset", user.id() + ":" + user.passwordVersion());
        mvc.perform(get("/adgangskode/ny").param("token", expired))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Linket er udløbet")));
        mvc.perform(post("/adgangskode/ny")
                        .with(csrf())
                        .param("token", expired)
                        .param("password", "angriberens-kodeord")
                        .param("passwordRepeat", "angriberens-kodeord"))
                .andExpect(status().isGone());
        assertThat(refusals(String.valueOf(user.id()), "identity.password-reset: expired"))
                .isEqualTo(2);

        StaffUser after = repository.findById(user.id()).orElseThrow();
        assertThat(after.passwordHash()).isEqualTo(user.passwordHash());
        assertThat(after.passwordVersion()).isEqualTo(user.passwordVersion());
    }

    @Test
    void aPasswordTypedByAnAdministratorMustBeChangedBeforeAnythingElse() {
        Http http = new Http(port);
        StaffUser user = IdentityTestUsers.create(users, Roles.PROCUREMENT);
        users.resetPassword(user.id(), "midlertidigt-kodeord");

        Http.FormSession session = loginWithoutLandingPage(http, user.email(), "midlertidigt-kodeord");
        for (String page : new String[] {"/", "/konto", "/intern/indkoeb"}) {
            HttpResponse<String> response = http.get(page, "Cookie", session.cookie());
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/konto/adgangskode");
        }
        assertThat(http.get("/konto/adgangskode", "Cookie", session.cookie()).body())
                .contains("Din adgangskode er sat af en administrator");

        HttpResponse<String> changed = http.post(
                "/konto/adgangskode",
                FORM,
                session.form("currentPassword=midlertidigt-kodeord&newPassword=mit-helt-eget-kodeord"
                        + "&newPasswordRepeat=mit-helt-eget-kodeord"),
                "Cookie",
                session.cookie());
        assertThat(changed.statusCode()).isEqualTo(302);
        String renewed = Http.sessionCookie(changed).orElseThrow();
        assertThat(http.get("/intern/indkoeb", "Cookie", renewed).statusCode()).isEqualTo(200);
        assertThat(repository.findById(user.id()).orElseThrow().passwordChangeRequired())
                .isFalse();
    }

    /** {@link Http#login} reads its CSRF token from {@code /konto}, which this user cannot see yet. */
    private static Http.FormSession loginWithoutLandingPage(Http http, String email, String password) {
        Http.FormSession anonymous = http.formSession("/login");
        HttpResponse<String> response = http.post(
                "/login",
                FORM,
                anonymous.form("username=" + enc(email) + "&password=" + enc(password)),
                "Cookie",
                anonymous.cookie());
        assertThat(response.statusCode()).isEqualTo(302);
        String cookie = Http.sessionCookie(response).orElse(anonymous.cookie());
        Matcher csrf = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"")
                .matcher(http.get("/konto/adgangskode", "Cookie", cookie).body());
        assertThat(csrf.find()).isTrue();
        return new Http.FormSession(cookie, csrf.group(1));
    }

    private Http.FormSession adminSession(Http http) {
        StaffUser admin = IdentityTestUsers.create(users, Roles.ADMIN);
        return http.login(admin.email(), IdentityTestUsers.PASSWORD);
    }

    /** Asks for a reset link from the client address; returns the page's main text (without the session's tokens). */
    private String forgot(String email, String address) throws Exception {
        String page = mvc.perform(post("/glemt-adgangskode")
                        .with(csrf())
                        .with(from(address))
                        .param("email", email))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + (n / 250) % 100) + "." + (1 + n % 250);
    }

    private String mailText(String email, int count) throws Exception {
        MimeMessage[] mails = TestSmtp.awaitMails(greenMail, email, count);
        return TestSmtp.text(mails[count - 1]);
    }

    private static String link(String mail, String path) {
        Matcher matcher = LINK.matcher(mail);
        while (matcher.find()) {
            if (matcher.group(1).startsWith(path)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + path + " link in " + mail);
    }

    private static String token(String mail) {
        Matcher matcher = LINK.matcher(mail);
        if (!matcher.find()) {
            throw new AssertionError("No link in " + mail);
        }
        return URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
    }

    private long outboxCount(String email) {
        return jdbc.sql("""
                        SELECT count(*) FROM outbox_message
                        WHERE lower(recipient) = lower(:email) AND category = 'identity.password-reset'""").param("email", email).query(Long.class).single();
    }

    private long refusals(String entityId, String reason) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE entity_type = 'PasswordLink' AND entity_id = :id
                        AND changes::text LIKE :reason""")
                .param("id", entityId)
                .param("reason", "%" + reason + "%")
                .query(Long.class)
                .single();
    }

    /**
     * A token exactly as Samspil signs it, with the installation's own key, but whose time ran out a minute ago: the
     * signature holds, so only the expiry can refuse it.
     */
    private String expiredToken(String purpose, String subject) throws Exception {
        byte[] key = Base64.getDecoder()
                .decode(jdbc.sql("SELECT value FROM platform_secret WHERE name = 'token-signing'")
                        .query(String.class)
                        .single());
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        long expiry = Instant.now().minusSeconds(60).getEpochSecond();
        String payload = encoder.encodeToString(("1|" + expiry + "|" + subject).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return payload + "."
                + encoder.encodeToString(mac.doFinal((purpose + "|" + payload).getBytes(StandardCharsets.UTF_8)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
