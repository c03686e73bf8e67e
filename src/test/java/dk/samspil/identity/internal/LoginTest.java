package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.identity.LoginProperties;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@AutoConfigureMockMvc
class LoginTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffUserService users;

    @Autowired
    StaffUserRepository repository;

    @Autowired
    LoginProperties loginProperties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginPageIsDanishWithAutocompleteAndCsrf() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Log ind</h1>"),
                                containsString("autocomplete=\"username\""),
                                containsString("autocomplete=\"current-password\""),
                                containsString("name=\"_csrf\""))));
    }

    @Test
    void loginWithEmailInAnyCaseSucceedsAndRecordsTheLogin() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.PROCUREMENT);

        mvc.perform(formLogin("/login").user(user.email().toUpperCase()).password(IdentityTestUsers.PASSWORD))
                .andExpect(redirectedUrl("/intern"));

        assertThat(repository.findById(user.id()).orElseThrow().lastLoginAt()).isNotNull();
    }

    @Test
    void wrongPasswordRedirectsWithDanishMessage() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.PROCUREMENT);

        mvc.perform(formLogin("/login").user(user.email()).password("forkert-adgangskode"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(containsString("Forkert e-mail eller adgangskode")));
    }

    @Test
    void anAddressIsLockedOutAfterTooManyFailuresAndHearsWhatAWrongPasswordHears() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        String address = "192.0.2.10";

        for (int i = 0; i < loginProperties.maxFailures(); i++) {
            mvc.perform(login(user.email(), "forkert-" + i, address)).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(login(user.email(), IdentityTestUsers.PASSWORD, address))
                .andExpect(redirectedUrl("/login?error=bad"));

        String wrong = page("/login?error=bad");
        assertThat(wrong).contains("Forkert e-mail eller adgangskode", "vente 15 minutter");
        assertThat(mainContent(page("/login?error=locked")))
                .as("old lock-out links say the same")
                .isEqualTo(mainContent(wrong));
        assertThat(repository.findById(user.id()).orElseThrow().lockedUntil()).isNotNull();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type = 'StaffUser' AND entity_id = :id "
                                        + "AND changes -> 'lockedUntil' IS NOT NULL AND changes -> 'lockedForClientAddress' ->> 'to' = :address")
                        .param("id", String.valueOf(user.id()))
                        .param("address", address)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aStrangersFailuresFromAnotherAddressDoNotLockTheOwnerOut() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.PROCUREMENT);

        for (int i = 0; i < loginProperties.maxFailures() * 2; i++) {
            mvc.perform(login(user.email(), "gæt-" + i, "198.51.100.66")).andExpect(redirectedUrl("/login?error=bad"));
        }

        mvc.perform(login(user.email(), IdentityTestUsers.PASSWORD, "192.0.2.20"))
                .andExpect(redirectedUrl("/intern"));
        mvc.perform(login(user.email(), IdentityTestUsers.PASSWORD, "198.51.100.66"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void successForgetsTheFailuresOfItsAddressOnly() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        for (int i = 0; i < loginProperties.maxFailures() - 1; i++) {
            mvc.perform(login(user.email(), "forkert-" + i, "192.0.2.30"));
            mvc.perform(login(user.email(), "forkert-" + i, "192.0.2.31"));
        }

        mvc.perform(login(user.email(), IdentityTestUsers.PASSWORD, "192.0.2.30"))
                .andExpect(redirectedUrl("/intern"));
        mvc.perform(login(user.email(), "forkert-igen", "192.0.2.30")).andExpect(redirectedUrl("/login?error=bad"));

        assertThat(failures(user, "192.0.2.30")).isEqualTo(1);
        assertThat(failures(user, "192.0.2.31")).isEqualTo(loginProperties.maxFailures() - 1);
    }

    @Test
    void anAdministratorsNewPasswordLiftsTheLocks() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        for (int i = 0; i < loginProperties.maxFailures(); i++) {
            mvc.perform(login(user.email(), "forkert-" + i, "192.0.2.40"));
        }

        users.resetPassword(user.id(), "helt-ny-adgangskode");

        assertThat(repository.findById(user.id()).orElseThrow().lockedUntil()).isNull();
        mvc.perform(login(user.email(), "helt-ny-adgangskode", "192.0.2.40")).andExpect(redirectedUrl("/intern"));
    }

    @Test
    void deactivatedUserCannotLogIn() throws Exception {
        IdentityTestUsers.create(users, Roles.ADMIN);
        StaffUser user = IdentityTestUsers.create(users, Roles.MANAGEMENT);
        users.setActive(user.id(), false);

        mvc.perform(formLogin("/login").user(user.email()).password(IdentityTestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
        // only the right password learns that the account is deactivated
        mvc.perform(formLogin("/login").user(user.email()).password("forkert-adgangskode"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    /** A login from the given client address, as the form sends it. */
    private static MockHttpServletRequestBuilder login(String email, String password, String clientAddress) {
        return post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                });
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
    }

    /** The page without header and footer, whose language switch links keep the query the page was asked with. */
    private static String mainContent(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private int failures(StaffUser user, String address) {
        return jdbc.sql("SELECT failures FROM login_failure WHERE user_id = :id AND client_address = :address")
                .param("id", user.id())
                .param("address", address)
                .query(Integer.class)
                .single();
    }
}
