package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.Roles;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class ApiTokenTest extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("value=\"(smp_[A-Za-z0-9_-]{43})\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffUserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tokenCreatedOnTheAccountPageWorksForTheApiUntilRevoked() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.PROCUREMENT, Roles.CONSULTANT);

        String page = mvc.perform(post("/konto/tokens")
                        .with(user(user.email()))
                        .with(csrf())
                        .param("name", "Integration")
                        .param("expiryDays", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kun vist denne ene gang")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group(1);

        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE user_id = :id")
                .param("id", user.id())
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(Secrets.sha256Hex(secret)).doesNotContain(secret);

        HttpResponse<String> me = new Http(port).get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .contains(
                        "\"email\":\"" + user.email() + "\"",
                        "\"name\":\"Test Testesen\"",
                        "\"roles\":[\"CONSULTANT\",\"PROCUREMENT\"]");
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_token WHERE user_id = :id")
                        .param("id", user.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        mvc.perform(get("/konto").with(user(user.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(secret.substring(0, 10) + "…")))
                .andExpect(content().string(not(containsString(secret))));

        long tokenId = tokens.tokensOf(user.id()).get(0).id();
        mvc.perform(post("/konto/tokens/" + tokenId + "/tilbagekald")
                        .with(user(user.email()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/konto"));
        assertThat(new Http(port)
                        .get("/api/v1/me", "Authorization", "Bearer " + secret)
                        .statusCode())
                .isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'ApiToken' AND entity_id = :id")
                        .param("id", String.valueOf(tokenId))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void expiredTokenAndTokenOfDeactivatedUserAreRefused() {
        IdentityTestUsers.create(users, Roles.ADMIN);
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        ApiTokenService.Created expired = tokens.create(user.id(), "Udløbet", 1);
        ApiTokenService.Created other = tokens.create(user.id(), "Anden", 1);
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", expired.token().id())
                .update();

        assertThat(new Http(port)
                        .get("/api/v1/me", "Authorization", "Bearer " + expired.secret())
                        .statusCode())
                .isEqualTo(401);
        assertThat(new Http(port)
                        .get("/api/v1/me", "Authorization", "Bearer " + other.secret())
                        .statusCode())
                .isEqualTo(200);
        users.setActive(user.id(), false);
        assertThat(new Http(port)
                        .get("/api/v1/me", "Authorization", "Bearer " + other.secret())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void missingOrWrongTokenGivesProblemDetails() {
        HttpResponse<String> missing = new Http(port).get("/api/v1/me");
        HttpResponse<String> wrong = new Http(port).get("/api/v1/me", "Authorization", "Bearer smp_forkert");

        for (HttpResponse<String> response : List.of(missing, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":401", "gyldigt API-token");
        }
        assertThat(new Http(port).get("/api/v1/me", "Accept-Language", "en").body())
                .contains("valid API token");
    }

    @Test
    void badTokenFormInputIsExplainedInDanish() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);

        mvc.perform(post("/konto/tokens")
                        .with(user(user.email()))
                        .with(csrf())
                        .param("name", "")
                        .param("expiryDays", "400"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv et navn til tokenet")))
                .andExpect(content().string(containsString("Skriv et antal dage mellem 1 og 365")));
        mvc.perform(post("/konto/tokens")
                        .with(user(user.email()))
                        .with(csrf())
                        .param("name", "x")
                        .param("expiryDays", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv et antal dage mellem 1 og 365 med tal")));
        assertThat(tokens.tokensOf(user.id())).isEmpty();
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        StaffUser owner = IdentityTestUsers.create(users, Roles.CONSULTANT);
        StaffUser other = IdentityTestUsers.create(users, Roles.CONSULTANT);
        ApiTokenService.Created token = tokens.create(owner.id(), "Ejerens", 10);

        mvc.perform(post("/konto/tokens/" + token.token().id() + "/tilbagekald")
                        .with(user(other.email()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.tokensOf(owner.id()).get(0).revokedAt()).isNull();
    }

    @Test
    void userChangesOwnPassword() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);

        mvc.perform(post("/konto/adgangskode")
                        .with(user(user.email()))
                        .with(csrf())
                        .param("currentPassword", "forkert-adgangskode")
                        .param("newPassword", "en-helt-ny-kode")
                        .param("newPasswordRepeat", "en-helt-ny-kode"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Den nuværende adgangskode er forkert")));
        mvc.perform(post("/konto/adgangskode")
                        .with(user(user.email()))
                        .with(csrf())
                        .param("currentPassword", IdentityTestUsers.PASSWORD)
                        .param("newPassword", "en-helt-ny-kode")
                        .param("newPasswordRepeat", "en-anden-kode!"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv den samme adgangskode i begge felter")));
        mvc.perform(post("/konto/adgangskode")
                        .with(user(user.email()))
                        .with(csrf())
                        .param("currentPassword", IdentityTestUsers.PASSWORD)
                        .param("newPassword", "en-helt-ny-kode")
                        .param("newPasswordRepeat", "en-helt-ny-kode"))
                .andExpect(redirectedUrl("/konto"));

        mvc.perform(formLogin("/login").user(user.email()).password("en-helt-ny-kode"))
                .andExpect(redirectedUrl("/intern"));
    }

    @Test
    void anAdministratorSeesEveryTokenWithItsOwnerAndRevokesOne() throws Exception {
        StaffUser owner = IdentityTestUsers.create(users, Roles.PROCUREMENT);
        ApiTokenService.Created created = tokens.create(owner.id(), "Indberetning", 30);
        HttpResponse<String> used = new Http(port).get("/api/v1/me", "Authorization", "Bearer " + created.secret());
        assertThat(used.statusCode()).isEqualTo(200);

        mvc.perform(get("/admin").with(user("admin@example.dk").roles(Roles.ADMIN)))
                .andExpect(content().string(containsString("href=\"/admin/api-tokens\"")));
        mvc.perform(get("/admin/api-tokens").with(user("admin@example.dk").roles(Roles.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(owner.email())))
                .andExpect(content().string(containsString("Indberetning")))
                .andExpect(content().string(containsString(created.token().prefix() + "…")))
                .andExpect(content().string(containsString("Sidst brugt")));
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id")
                        .param("id", created.token().id())
                        .query(java.sql.Timestamp.class)
                        .single())
                .isNotNull();
        mvc.perform(get("/admin/api-tokens").with(user("officer@example.dk").roles(Roles.PROCUREMENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-tokens/" + created.token().id() + "/tilbagekald")
                        .with(user("officer@example.dk").roles(Roles.PROCUREMENT))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/api-tokens/" + created.token().id() + "/tilbagekald")
                        .with(user("admin@example.dk").roles(Roles.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/api-tokens"));
        assertThat(new Http(port)
                        .get("/api/v1/me", "Authorization", "Bearer " + created.secret())
                        .statusCode())
                .isEqualTo(401);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE entity_type = 'ApiToken' AND entity_id = :id
                        AND action = 'UPDATE' AND actor = 'admin@example.dk'""")
                        .param("id", String.valueOf(created.token().id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/admin/api-tokens/999999999/tilbagekald")
                        .with(user("admin@example.dk").roles(Roles.ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
