package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.samspil.identity.LoginProperties;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;

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
                .andExpect(content().string(allOf(
                        containsString("<h1>Log ind</h1>"),
                        containsString("autocomplete=\"username\""),
                        containsString("autocomplete=\"current-password\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void loginWithEmailInAnyCaseSucceedsAndRecordsTheLogin() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.PROCUREMENT);

        mvc.perform(formLogin("/login").user(user.email().toUpperCase()).password(IdentityTestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));

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
    void accountIsLockedAfterTooManyFailuresEvenForTheRightPassword() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);

        for (int i = 0; i < loginProperties.maxFailures(); i++) {
            mvc.perform(formLogin("/login").user(user.email()).password("forkert-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user(user.email()).password(IdentityTestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(containsString("Din konto er låst i 15 minutter")));

        assertThat(repository.findById(user.id()).orElseThrow().lockedUntil()).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'StaffUser' AND entity_id = :id "
                        + "AND changes -> 'lockedUntil' IS NOT NULL")
                .param("id", String.valueOf(user.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void successResetsTheFailureCount() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);
        for (int i = 0; i < loginProperties.maxFailures() - 1; i++) {
            mvc.perform(formLogin("/login").user(user.email()).password("forkert-" + i));
        }

        mvc.perform(formLogin("/login").user(user.email()).password(IdentityTestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(user.email()).password("forkert-igen")).andExpect(redirectedUrl("/login?error=bad"));

        assertThat(repository.findById(user.id()).orElseThrow().failedLogins()).isEqualTo(1);
    }

    @Test
    void deactivatedUserCannotLogIn() throws Exception {
        IdentityTestUsers.create(users, Roles.ADMIN);
        StaffUser user = IdentityTestUsers.create(users, Roles.MANAGEMENT);
        users.setActive(user.id(), false);

        mvc.perform(formLogin("/login").user(user.email()).password(IdentityTestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }
}
