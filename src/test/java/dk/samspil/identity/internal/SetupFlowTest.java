package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class SetupFlowTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SetupService setup;

    @Autowired
    StaffUserRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void setUpLinkCreatesTheFirstAdministratorOnce() throws Exception {
        String token = setup.issueToken();
        String email = IdentityTestUsers.uniqueEmail();

        mvc.perform(get("/opsaetning").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opret den første administrator")));
        mvc.perform(post("/opsaetning")
                        .with(csrf())
                        .param("token", token)
                        .param("name", "Første Admin")
                        .param("email", email)
                        .param("password", "en-lang-adgangskode")
                        .param("passwordRepeat", "en-anden-adgangskode"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv den samme adgangskode i begge felter")));
        assertThat(repository.emailExists(email)).isFalse();

        mvc.perform(post("/opsaetning")
                        .with(csrf())
                        .param("token", token)
                        .param("name", "Første Admin")
                        .param("email", email)
                        .param("password", "en-lang-adgangskode")
                        .param("passwordRepeat", "en-lang-adgangskode"))
                .andExpect(redirectedUrl("/login?opsat"));

        assertThat(repository.findByEmail(email).orElseThrow().roles()).containsExactly(Roles.ADMIN);
        mvc.perform(get("/opsaetning").param("token", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("allerede brugt")));
        mvc.perform(post("/opsaetning")
                        .with(csrf())
                        .param("token", token)
                        .param("name", "Anden Admin")
                        .param("email", IdentityTestUsers.uniqueEmail())
                        .param("password", "en-lang-adgangskode")
                        .param("passwordRepeat", "en-lang-adgangskode"))
                .andExpect(status().isGone());
    }

    @Test
    void unknownAndExpiredLinksAreExplained() throws Exception {
        mvc.perform(get("/opsaetning").param("token", "ukendt"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Linket til opsætning er ugyldigt")));
        mvc.perform(get("/opsaetning")).andExpect(status().isNotFound());

        String token = setup.issueToken();
        jdbc.sql("UPDATE setup_token SET expires_at = now() - interval '1 minute' WHERE token_hash = :hash")
                .param("hash", Secrets.sha256Hex(token))
                .update();
        mvc.perform(get("/opsaetning").param("token", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Linket til opsætning er udløbet")));
    }
}
