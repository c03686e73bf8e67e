package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The group → role table of single sign-on at {@code /admin/grupper}; without a provider the login page is as before. */
@AutoConfigureMockMvc
class GroupRoleAdminTest extends IntegrationTest {

    private static final String ADMIN = "grupper-admin@example.dk";

    @Autowired
    MockMvc mvc;

    @Autowired
    GroupRoleRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorMapsAGroupToARoleAndRemovesItAgainAndBothAreAudited() throws Exception {
        String group = "SG-Indkøb-" + UUID.randomUUID();

        mvc.perform(post("/admin/grupper")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("group", "  " + group + " ")
                        .param("role", Roles.PROCUREMENT))
                .andExpect(redirectedUrl("/admin/grupper"));
        GroupRole added = repository.findAll().stream()
                .filter(m -> m.group().equals(group))
                .findFirst()
                .orElseThrow();
        assertThat(repository.rolesOf(List.of(group.toUpperCase(), "andet"))).containsExactly(Roles.PROCUREMENT);
        mvc.perform(get("/admin/grupper").with(user(ADMIN).roles(Roles.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Grupper og roller ved fælles login</h1>"),
                                containsString(group),
                                containsString("Indkøber"),
                                containsString("claim „groups“"))));

        mvc.perform(post("/admin/grupper/{id}/fjern", added.id())
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/grupper"));

        assertThat(repository.findById(added.id())).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT string_agg(action, ',' ORDER BY id) FROM audit_entry
                        WHERE entity_type = 'SsoGroupRole' AND entity_id = :id AND actor = :admin""")
                        .param("id", String.valueOf(added.id()))
                        .param("admin", ADMIN)
                        .query(String.class)
                        .single())
                .isEqualTo("CREATE,DELETE");
    }

    @Test
    void aGroupThatAlreadyGivesTheRoleInAnyCaseOrAMissingFieldIsRefusedInDanish() throws Exception {
        String group = "sg-erhverv-" + UUID.randomUUID();
        mvc.perform(post("/admin/grupper")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("group", group)
                        .param("role", Roles.CONSULTANT))
                .andExpect(redirectedUrl("/admin/grupper"));

        mvc.perform(post("/admin/grupper")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("group", group.toUpperCase())
                        .param("role", Roles.CONSULTANT))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Gruppen giver allerede denne rolle")));
        mvc.perform(post("/admin/grupper")
                        .with(user(ADMIN).roles(Roles.ADMIN))
                        .with(csrf())
                        .param("group", "")
                        .param("role", "SUPERUSER"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Skriv gruppens id eller navn"),
                                containsString("Vælg kun blandt de viste roller"),
                                containsString("aria-invalid=\"true\""))));
    }

    @Test
    void withoutAnIdentityProviderTheLoginPageHasOnlyThePasswordForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content()
                        .string(allOf(
                                containsString("name=\"password\""), not(containsString("/oauth2/authorization")))));
        mvc.perform(get("/admin/grupper").with(user(ADMIN).roles(Roles.ADMIN)))
                .andExpect(content().string(containsString("Der er ikke sat et fælles login op endnu")));
    }
}
