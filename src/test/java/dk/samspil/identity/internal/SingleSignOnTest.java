package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.idp.OidcFlow;
import dk.samspil.support.idp.SingleSignOnTestSettings;
import dk.samspil.support.idp.TestIdentityProvider;
import dk.samspil.support.idp.TestIdentityProvider.Forgery;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end against a real OpenID Connect provider ({@link TestIdentityProvider}, Spring Authorization
 * Server on its own port): users created just in time, roles from the mapped groups at every login, refusals for
 * unmapped groups and for forged callbacks (each changing nothing and written to the audit log), PKCE, RP-initiated
 * logout. Local accounts are switched off here, as at a municipality that only uses its identity provider.
 */
class SingleSignOnTest extends IntegrationTest {

    private static final String PROCUREMENT_GROUP = "SG-Indkøb-" + UUID.randomUUID();
    private static final String CONSULTANT_GROUP = "sg-erhverv-" + UUID.randomUUID();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        SingleSignOnTestSettings.register(registry);
        registry.add("samspil.login.local-accounts-enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    GroupRoleService groupRoles;

    @Autowired
    StaffUserRepository users;

    @Autowired
    StaffUserService userService;

    @Autowired
    JdbcClient jdbc;

    TestIdentityProvider idp = TestIdentityProvider.get();

    @BeforeEach
    void mapGroups() {
        if (groupRoles.list().stream().noneMatch(mapping -> mapping.group().equalsIgnoreCase(PROCUREMENT_GROUP))) {
            // the case differs from the provider's on purpose: ids and names match regardless of case
            groupRoles.add(PROCUREMENT_GROUP.toLowerCase(), Roles.PROCUREMENT);
            groupRoles.add(CONSULTANT_GROUP, Roles.CONSULTANT);
        }
    }

    @Test
    void aProcurementGroupMemberSignsInGetsTheRoleAndLosesItAtTheNextLoginAfterTheGroupIsRemoved() {
        String username = newUser(List.of(PROCUREMENT_GROUP, CONSULTANT_GROUP, "sg-ukendt"));
        String email = username + "@slagelse.dk";
        OidcFlow browser = new OidcFlow(port);

        HttpResponse<String> callback = browser.login("kommune", username, TestIdentityProvider.PASSWORD);

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(OidcFlow.location(callback)).isEqualTo(browser.app() + "/");
        StaffUser created = users.findByEmail(email).orElseThrow();
        assertThat(created.roles()).containsExactly(Roles.CONSULTANT, Roles.PROCUREMENT);
        assertThat(created.name()).isEqualTo("Sigrid " + username);
        assertThat(created.passwordHash()).as("no local password").isNull();
        assertThat(created.lastLoginAt()).isNotNull();
        assertThat(auditCount("CREATE", "StaffUser", String.valueOf(created.id())))
                .isEqualTo(1);
        assertThat(browser.get("/intern/indkoeb").statusCode()).isEqualTo(200);
        assertThat(browser.get("/konto").body()).contains(email);

        idp.setGroups(username, List.of(CONSULTANT_GROUP));
        OidcFlow nextDay = new OidcFlow(port);
        assertThat(OidcFlow.location(nextDay.login("kommune", username, TestIdentityProvider.PASSWORD)))
                .isEqualTo(nextDay.app() + "/");

        assertThat(users.findByEmail(email).orElseThrow().roles()).containsExactly(Roles.CONSULTANT);
        assertThat(nextDay.get("/intern/indkoeb").statusCode()).isEqualTo(403);
        assertThat(nextDay.get("/intern/varsling").statusCode()).isEqualTo(200);
        assertThat(OidcFlow.location(browser.get("/intern/indkoeb")))
                .as("the session with the old role has ended")
                .endsWith("/login");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'UPDATE' AND entity_type = 'StaffUser'
                        AND entity_id = :id AND changes -> 'roles' ->> 'to' = '[CONSULTANT]'""")
                        .param("id", String.valueOf(created.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aUserWhoseGroupsMapToNoRoleIsRefusedWithADanishPageAndNothingIsCreated() {
        String username = newUser(List.of("sg-kantine"));
        OidcFlow browser = new OidcFlow(port);

        HttpResponse<String> callback = browser.login("kommune", username, TestIdentityProvider.PASSWORD);

        assertRefused(browser, callback, "ingen-rolle", "ikke medlem af en gruppe, der giver adgang til Samspil");
        assertThat(users.findByEmail(username + "@slagelse.dk")).isEmpty();
        assertThat(lastRefusalReason()).isEqualTo("samspil_no_role");
        assertThat(lastRefusalActor()).isEqualTo(username + "@slagelse.dk");
    }

    @Test
    void aKnownUserWhoseGroupsChangedToNoneIsRefusedAndTheirAccountIsNotChanged() {
        String username = newUser(List.of(PROCUREMENT_GROUP));
        OidcFlow first = new OidcFlow(port);
        assertThat(OidcFlow.location(first.login("kommune", username, TestIdentityProvider.PASSWORD)))
                .endsWith("/");
        StaffUser before = users.findByEmail(username + "@slagelse.dk").orElseThrow();

        idp.setGroups(username, List.of());
        OidcFlow later = new OidcFlow(port);
        HttpResponse<String> callback = later.login("kommune", username, TestIdentityProvider.PASSWORD);

        assertRefused(later, callback, "ingen-rolle", "ikke medlem af en gruppe");
        StaffUser after = users.findByEmail(username + "@slagelse.dk").orElseThrow();
        assertThat(after.roles()).isEqualTo(before.roles());
        assertThat(after.lastLoginAt()).isEqualTo(before.lastLoginAt());
        assertThat(lastRefusalReason()).isEqualTo("samspil_no_role");
    }

    @Test
    void aDeactivatedUserIsRefused() {
        String username = newUser(List.of(PROCUREMENT_GROUP));
        OidcFlow first = new OidcFlow(port);
        first.login("kommune", username, TestIdentityProvider.PASSWORD);
        StaffUser user = users.findByEmail(username + "@slagelse.dk").orElseThrow();
        users.setActive(user.id(), false);

        OidcFlow later = new OidcFlow(port);
        assertRefused(
                later, later.login("kommune", username, TestIdentityProvider.PASSWORD), "deaktiveret", "deaktiveret");
        assertThat(lastRefusalReason()).isEqualTo("samspil_deactivated");
    }

    @Test
    void theAuthorizationRequestUsesPkceAndANonce() {
        OidcFlow browser = new OidcFlow(port);
        Map<String, String> request = OidcFlow.query(browser.startLogin("kommune"));

        assertThat(request)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("response_type", "code")
                .containsKeys("code_challenge", "nonce", "state");
        assertThat(request.get("scope")).contains("openid");
    }

    @Test
    void aCallbackWithAWrongStateIsRefused() {
        String username = newUser(List.of(PROCUREMENT_GROUP));
        OidcFlow browser = new OidcFlow(port);
        String callback =
                browser.callbackAfterLogin(browser.startLogin("kommune"), username, TestIdentityProvider.PASSWORD);
        String state = OidcFlow.query(callback).get("state");

        HttpResponse<String> forged = browser.get(callback.replace("state=" + urlEncoded(state), "state=forged-state"));

        assertRefused(browser, forged, "ugyldigt-svar", "kunne ikke godkendes");
        assertThat(users.findByEmail(username + "@slagelse.dk")).isEmpty();
        assertThat(lastRefusalReason()).isEqualTo("authorization_request_not_found");
    }

    @Test
    void aReplayedCallbackIsRefused() {
        String username = newUser(List.of(PROCUREMENT_GROUP));
        OidcFlow browser = new OidcFlow(port);
        String callback =
                browser.callbackAfterLogin(browser.startLogin("kommune"), username, TestIdentityProvider.PASSWORD);
        assertThat(OidcFlow.location(browser.get(callback))).endsWith("/");

        OidcFlow attacker = new OidcFlow(port);
        assertRefused(attacker, attacker.get(callback), "ugyldigt-svar", "kunne ikke godkendes");
        assertThat(lastRefusalReason()).isEqualTo("authorization_request_not_found");
    }

    @Test
    void anIdTokenWithAWrongNonceIsRefused() {
        assertForgedIdTokenRefused(Forgery.WRONG_NONCE, "invalid_nonce", null);
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() {
        assertForgedIdTokenRefused(Forgery.OTHER_ISSUER, "invalid_id_token", "iss");
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() {
        assertForgedIdTokenRefused(Forgery.OTHER_AUDIENCE, "invalid_id_token", "aud");
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        assertForgedIdTokenRefused(Forgery.EXPIRED, "invalid_id_token", "exp");
    }

    @Test
    void theLoginPageOffersTheProviderAndNoPasswordFormWhenLocalAccountsAreOff() {
        OidcFlow browser = new OidcFlow(port);
        HttpResponse<String> page = browser.get("/login");

        assertThat(page.body())
                .contains("Log ind med Testkommune", "href=\"/oauth2/authorization/kommune\"")
                .doesNotContain("name=\"password\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + idp.issuer());
    }

    @Test
    void aLocalPasswordDoesNotLogInWhenLocalAccountsAreOff() {
        StaffUser local = IdentityTestUsers.create(userService, Roles.ADMIN);
        OidcFlow browser = new OidcFlow(port);
        String csrf = OidcFlow.csrf(browser.get("/varsling").body());

        HttpResponse<String> post = browser.postForm(
                "/login", Map.of("username", local.email(), "password", IdentityTestUsers.PASSWORD, "_csrf", csrf));

        assertThat(post.statusCode()).isNotEqualTo(302);
        assertThat(OidcFlow.location(browser.get("/admin"))).endsWith("/login");
        assertThat(users.findById(local.id()).orElseThrow().lastLoginAt()).isNull();
    }

    @Test
    void logoutAlsoEndsTheSessionAtTheProvider() {
        String username = newUser(List.of(PROCUREMENT_GROUP));
        OidcFlow browser = new OidcFlow(port);
        browser.login("kommune", username, TestIdentityProvider.PASSWORD);
        String postLogout = browser.app() + "/login?logout";
        idp.allowPostLogoutRedirect(postLogout);

        HttpResponse<String> logout = browser.postForm(
                "/logout", Map.of("_csrf", OidcFlow.csrf(browser.get("/konto").body())));

        String endSession = OidcFlow.location(logout);
        assertThat(endSession).startsWith(idp.issuer() + "/connect/logout");
        assertThat(OidcFlow.query(endSession))
                .containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", postLogout);
        assertThat(OidcFlow.location(browser.get(endSession))).startsWith(postLogout);
        assertThat(OidcFlow.location(browser.get("/konto"))).endsWith("/login");
        String again = OidcFlow.location(browser.get(browser.startLogin("kommune")));
        assertThat(again).as("the provider asks for the password again").startsWith(idp.issuer() + "/login");
    }

    private void assertForgedIdTokenRefused(Forgery forgery, String reason, String detail) {
        String username = newUser(List.of(PROCUREMENT_GROUP));
        OidcFlow browser = new OidcFlow(port);
        String callback =
                browser.callbackAfterLogin(browser.startLogin("kommune"), username, TestIdentityProvider.PASSWORD);

        idp.forgeNextIdToken(forgery);
        HttpResponse<String> answer = browser.get(callback);

        assertRefused(browser, answer, "ugyldigt-svar", "kunne ikke godkendes");
        assertThat(users.findByEmail(username + "@slagelse.dk"))
                .as("no account created")
                .isEmpty();
        assertThat(lastRefusalReason()).isEqualTo(reason);
        if (detail != null) {
            assertThat(lastRefusalDetail()).contains(detail);
        }
    }

    private void assertRefused(OidcFlow browser, HttpResponse<String> callback, String slug, String danishText) {
        assertThat(callback.statusCode()).isEqualTo(302);
        String refusal = OidcFlow.location(callback);
        assertThat(refusal).isEqualTo(browser.app() + "/login/afvist?aarsag=" + slug);
        HttpResponse<String> page = browser.get(refusal);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Du blev ikke logget ind", danishText);
        assertThat(OidcFlow.location(browser.get("/konto"))).as("not logged in").endsWith("/login");
    }

    private String newUser(List<String> groups) {
        String username = "medarbejder-" + UUID.randomUUID();
        idp.putUser(username, username + "@slagelse.dk", "Sigrid " + username, groups);
        return username;
    }

    private long auditCount(String action, String entityType, String entityId) {
        return jdbc.sql(
                        "SELECT count(*) FROM audit_entry WHERE action = :action AND entity_type = :type AND entity_id = :id")
                .param("action", action)
                .param("type", entityType)
                .param("id", entityId)
                .query(Long.class)
                .single();
    }

    private String lastRefusalReason() {
        return lastRefusal("changes -> 'reason' ->> 'to'");
    }

    private String lastRefusalDetail() {
        return lastRefusal("changes -> 'detail' ->> 'to'");
    }

    private String lastRefusalActor() {
        return lastRefusal("actor");
    }

    private String lastRefusal(String column) {
        return jdbc.sql("SELECT " + column
                        + " FROM audit_entry WHERE action = 'REFUSE' AND entity_type = 'SingleSignOn' "
                        + "ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
    }

    private static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
