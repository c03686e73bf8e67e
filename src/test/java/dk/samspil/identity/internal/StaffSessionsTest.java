package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Roles;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session keeps the roles its user had at login. Real sessions (cookies, CSRF tokens, sessions stored in
 * PostgreSQL) against the running server show that what an administrator or the user changes reaches every one.
 */
class StaffSessionsTest extends IntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    StaffUserService users;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDemotedOfficerLosesTheRoleAtTheNextRequest() {
        Http http = new Http(port);
        StaffUser admin = IdentityTestUsers.create(users, Roles.ADMIN);
        StaffUser officer = IdentityTestUsers.create(users, Roles.PROCUREMENT);
        Http.FormSession adminSession = http.login(admin.email(), IdentityTestUsers.PASSWORD);
        Http.FormSession officerSession = http.login(officer.email(), IdentityTestUsers.PASSWORD);
        assertThat(http.get("/intern/indkoeb", "Cookie", officerSession.cookie())
                        .statusCode())
                .isEqualTo(200);

        assertThat(editUser(http, adminSession, officer, "Omdøbt Indkøber", Roles.PROCUREMENT)
                        .statusCode())
                .isEqualTo(302);
        assertThat(http.get("/intern/indkoeb", "Cookie", officerSession.cookie())
                        .statusCode())
                .as("a new name alone keeps the session")
                .isEqualTo(200);

        assertThat(editUser(http, adminSession, officer, "Omdøbt Indkøber", Roles.CONSULTANT)
                        .statusCode())
                .isEqualTo(302);
        String draft = PublicEntries.uniqueReference("SES");
        procurements.createDraft(
                draft,
                PublicEntries.simple(
                        "Kladde " + PublicEntries.uniqueWord(),
                        "45000000",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        HttpResponse<String> publish = http.post(
                "/intern/indkoeb/" + draft + "/publicer",
                FORM,
                officerSession.form(""),
                "Cookie",
                officerSession.cookie());

        assertThat(publish.statusCode()).as("the old session cannot publish").isNotEqualTo(302);
        assertThat(procurements.find(draft).orElseThrow().status()).isEqualTo(ProcurementStatus.DRAFT);
        assertThat(http.get("/intern/indkoeb", "Cookie", officerSession.cookie())
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        Http.FormSession again = http.login(officer.email(), IdentityTestUsers.PASSWORD);
        assertThat(http.get("/intern/indkoeb", "Cookie", again.cookie()).statusCode())
                .as("logged in again with the new roles")
                .isEqualTo(403);
        assertThat(http.get("/admin/brugere", "Cookie", adminSession.cookie()).statusCode())
                .as("the administrator's own session stays")
                .isEqualTo(200);
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        Http http = new Http(port);
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        Http.FormSession laptop = http.login(user.email(), IdentityTestUsers.PASSWORD);
        Http.FormSession phone = http.login(user.email(), IdentityTestUsers.PASSWORD);

        HttpResponse<String> changed = http.post(
                "/konto/adgangskode",
                FORM,
                laptop.form("currentPassword=" + IdentityTestUsers.PASSWORD
                        + "&newPassword=et-helt-nyt-kodeord&newPasswordRepeat=et-helt-nyt-kodeord"),
                "Cookie",
                laptop.cookie());

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/konto"));
        String renewed = Http.sessionCookie(changed).orElseThrow();
        assertThat(renewed).as("the session gets a new id").isNotEqualTo(laptop.cookie());
        assertThat(http.get("/konto", "Cookie", renewed).statusCode())
                .as("this session stays")
                .isEqualTo(200);
        assertThat(http.get("/konto", "Cookie", phone.cookie()).statusCode())
                .as("the other session ends")
                .isEqualTo(302);
        assertThat(http.get("/konto", "Cookie", laptop.cookie()).statusCode())
                .as("the old id is gone")
                .isEqualTo(302);
    }

    @Test
    void aPasswordResetByAnAdministratorEndsEverySession() {
        Http http = new Http(port);
        StaffUser admin = IdentityTestUsers.create(users, Roles.ADMIN);
        StaffUser user = IdentityTestUsers.create(users, Roles.CASEWORKER);
        Http.FormSession adminSession = http.login(admin.email(), IdentityTestUsers.PASSWORD);
        Http.FormSession session = http.login(user.email(), IdentityTestUsers.PASSWORD);

        assertThat(http.post(
                                "/admin/brugere/" + user.id() + "/adgangskode",
                                FORM,
                                adminSession.form("password=helt-ny-adgangskode"),
                                "Cookie",
                                adminSession.cookie())
                        .statusCode())
                .isEqualTo(302);

        assertThat(http.get("/konto", "Cookie", session.cookie()).statusCode()).isEqualTo(302);
    }

    @Test
    void removingAGroupMappingEndsTheSessionsOfSingleSignOnUsersWithItsRole() {
        Http http = new Http(port);
        StaffUser admin = IdentityTestUsers.create(users, Roles.ADMIN);
        StaffUser viaProvider = IdentityTestUsers.create(users, Roles.JOBCENTER);
        StaffUser local = IdentityTestUsers.create(users, Roles.JOBCENTER);
        jdbc.sql("UPDATE staff_user SET sso_issuer = 'https://idp.example', sso_subject = :subject WHERE id = :id")
                .param("subject", UUID.randomUUID().toString())
                .param("id", viaProvider.id())
                .update();
        Http.FormSession adminSession = http.login(admin.email(), IdentityTestUsers.PASSWORD);
        Http.FormSession providerSession = http.login(viaProvider.email(), IdentityTestUsers.PASSWORD);
        Http.FormSession localSession = http.login(local.email(), IdentityTestUsers.PASSWORD);
        String group = "jobcenter-" + UUID.randomUUID();
        assertThat(http.post(
                                "/admin/grupper",
                                FORM,
                                adminSession.form("group=" + group + "&role=JOBCENTER"),
                                "Cookie",
                                adminSession.cookie())
                        .statusCode())
                .isEqualTo(302);
        long mapping = jdbc.sql("SELECT id FROM sso_group_role WHERE group_name = :group")
                .param("group", group)
                .query(Long.class)
                .single();
        assertThat(http.get("/konto", "Cookie", providerSession.cookie()).statusCode())
                .isEqualTo(200);

        assertThat(http.post(
                                "/admin/grupper/" + mapping + "/fjern",
                                FORM,
                                adminSession.form(""),
                                "Cookie",
                                adminSession.cookie())
                        .statusCode())
                .isEqualTo(302);

        assertThat(http.get("/konto", "Cookie", providerSession.cookie()).statusCode())
                .as("the single sign-on user logs in again, and the provider's groups decide the roles")
                .isEqualTo(302);
        assertThat(http.get("/konto", "Cookie", localSession.cookie()).statusCode())
                .as("a local account's roles do not come from groups")
                .isEqualTo(200);
    }

    private static HttpResponse<String> editUser(
            Http http, Http.FormSession admin, StaffUser user, String name, String role) {
        return http.post(
                "/admin/brugere/" + user.id(),
                FORM,
                admin.form("name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&roles=" + role),
                "Cookie",
                admin.cookie());
    }
}
