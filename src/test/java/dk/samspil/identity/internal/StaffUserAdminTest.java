package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class StaffUserAdminTest extends IntegrationTest {

    private static final String ADMIN = "admin-test@example.dk";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffUserService users;

    @Autowired
    StaffUserRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminCreatesUserAndTheChangeIsAudited() throws Exception {
        String email = IdentityTestUsers.uniqueEmail();

        mvc.perform(post("/admin/brugere/ny")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("name", "Ida Indkøber")
                        .param("email", email.toUpperCase())
                        .param("roles", Roles.PROCUREMENT, Roles.CONSULTANT))
                .andExpect(redirectedUrl("/admin/brugere"));

        StaffUser created = repository.findByEmail(email).orElseThrow();
        assertThat(created.email()).isEqualTo(email);
        assertThat(created.roles()).containsExactly(Roles.CONSULTANT, Roles.PROCUREMENT);
        assertThat(created.hasPassword()).as("invited, not given a password").isFalse();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM outbox_message WHERE recipient = :email AND category = 'identity.invitation'")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String changes = jdbc.sql("""
                        SELECT changes::text FROM audit_entry
                        WHERE entity_type = 'StaffUser' AND entity_id = :id AND action = 'CREATE' AND actor = :actor""")
                .param("id", String.valueOf(created.id()))
                .param("actor", ADMIN)
                .query(String.class)
                .single();
        assertThat(changes).contains("Ida Indkøber").doesNotContainIgnoringCase("password");
        mvc.perform(get("/admin/brugere").with(user(ADMIN).roles(Roles.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ida Indkøber")))
                .andExpect(content().string(containsString("Konsulent, Indkøber")))
                .andExpect(content().string(containsString("Sidst logget ind")))
                .andExpect(content().string(containsString("inviteret, har ikke valgt adgangskode endnu")));
        mvc.perform(get("/admin/brugere/ny").with(user(ADMIN).roles(Roles.ADMIN)))
                .andExpect(content().string(containsString("Opretter, retter og offentliggør indkøbsplanen")))
                .andExpect(content().string(containsString("aria-describedby=\"roles-PROCUREMENT-description\"")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
    }

    @Test
    void nonAdminIsRefused() throws Exception {
        mvc.perform(get("/admin/brugere").with(user("someone@example.dk").roles(Roles.PROCUREMENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/brugere/ny")
                        .with(user("someone@example.dk").roles(Roles.PROCUREMENT))
                        .with(csrf())
                        .param("name", "X")
                        .param("email", IdentityTestUsers.uniqueEmail())
                        .param("roles", Roles.ADMIN)
                        .param("password", "en-lang-adgangskode"))
                .andExpect(status().isForbidden());
    }

    @Test
    void duplicateEmailIsRefusedAndNothingChanges() throws Exception {
        StaffUser existing = IdentityTestUsers.create(users, Roles.CASEWORKER);
        long before =
                jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single();

        mvc.perform(post("/admin/brugere/ny")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("name", "Nyt Navn")
                        .param("email", existing.email().toUpperCase())
                        .param("roles", Roles.ADMIN)
                        .param("password", "en-lang-adgangskode"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Der findes allerede en bruger med denne e-mailadresse")))
                .andExpect(content().string(containsString("value=\"Nyt Navn\"")));

        assertThat(jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single())
                .isEqualTo(before);
        StaffUser after = repository.findById(existing.id()).orElseThrow();
        assertThat(after.name()).isEqualTo(existing.name());
        assertThat(after.roles()).containsExactly(Roles.CASEWORKER);
    }

    @Test
    void tooLongAndMissingFieldsGiveDanishErrors() throws Exception {
        String email = "x".repeat(250) + "@example.dk";

        mvc.perform(post("/admin/brugere/ny")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("name", "n".repeat(201))
                        .param("email", email))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Navnet må højst være 200 tegn")))
                .andExpect(content().string(containsString("E-mailadressen må højst være 254 tegn")))
                .andExpect(content().string(containsString("Vælg mindst én rolle")))
                .andExpect(content().string(containsString("alert alert-error")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        assertThat(repository.emailExists(email)).isFalse();
    }

    @Test
    void adminEditsRolesDeactivatesAndResetsPassword() throws Exception {
        StaffUser user = IdentityTestUsers.create(users, Roles.CONSULTANT);

        mvc.perform(get("/admin/brugere/" + user.id()).with(user(ADMIN).roles(Roles.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(user.email())));
        mvc.perform(post("/admin/brugere/" + user.id())
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("name", "Nyt Navn")
                        .param("roles", Roles.MANAGEMENT))
                .andExpect(redirectedUrl("/admin/brugere"));
        mvc.perform(post("/admin/brugere/" + user.id() + "/deaktiver")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/brugere"));
        jdbc.sql("""
                        INSERT INTO login_failure (user_id, client_address, failures, locked_until, last_failure_at)
                        VALUES (:id, '192.0.2.50', 0, now() + interval '1 hour', now())""").param("id", user.id()).update();
        mvc.perform(post("/admin/brugere/" + user.id() + "/adgangskode")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("password", "helt-ny-adgangskode"))
                .andExpect(redirectedUrl("/admin/brugere"));

        StaffUser after = repository.findById(user.id()).orElseThrow();
        assertThat(after.name()).isEqualTo("Nyt Navn");
        assertThat(after.roles()).isEqualTo(List.of(Roles.MANAGEMENT));
        assertThat(after.active()).isFalse();
        assertThat(after.lockedUntil()).isNull();
        assertThat(after.passwordHash()).isNotEqualTo(user.passwordHash());
        assertThat(after.passwordChangeRequired())
                .as("a password typed by an administrator")
                .isTrue();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE entity_type = 'StaffUser' AND entity_id = :id AND action = 'UPDATE'")
                        .param("id", String.valueOf(user.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/brugere/999999999").with(user(ADMIN).roles(Roles.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
