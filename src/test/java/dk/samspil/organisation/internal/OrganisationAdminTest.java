package dk.samspil.organisation.internal;

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

import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@AutoConfigureMockMvc
class OrganisationAdminTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationService organisation;

    @Test
    void adminSavesTheMunicipalityWhichIsAuditedAndShownOnEveryPage() throws Exception {
        String name = unique("Testkommune");

        mvc.perform(municipality(name, " DK 29 18 85 48 ", "DK022"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/organisation"));

        assertThat(organisation.municipality()).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo(name);
            assertThat(m.cvr())
                    .as("written with DK and spaces, stored as digits")
                    .isEqualTo("29188548");
            assertThat(m.nutsCode()).isEqualTo("DK022");
            assertThat(m.logoUrl()).as("blank input is stored as no value").isNull();
        });
        String changes = jdbc.sql("""
                        SELECT changes::text FROM audit_entry
                        WHERE entity_type = 'Municipality' AND actor = 'admin' ORDER BY id DESC LIMIT 1""").query(String.class).single();
        assertThat(changes).contains(name);
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString(name)));
    }

    @Test
    void badCvrIsRejectedInDanishAndChangesNothing() throws Exception {
        String name = unique("Fejlkommune");

        mvc.perform(municipality(name, "29188549", "DK022"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontrolcifferet passer ikke – tjek nummeret")))
                .andExpect(content().string(containsString("class=\"alert alert-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString(name)));

        assertThat(organisation.municipality().map(m -> m.name())).isNotEqualTo(java.util.Optional.of(name));
        assertThat(auditEntriesMentioning(name)).isZero();
    }

    @Test
    void badNutsCodeAndOcidPrefixAreRejectedInDanish() throws Exception {
        String name = unique("Fejlkommune");

        mvc.perform(municipality(name, "29188548", "Sjælland").param("ocidPrefix", "ocds-12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en NUTS-kode med 2 store bogstaver")))
                .andExpect(content().string(containsString("Skriv et OCID-præfiks")));

        assertThat(organisation.municipality().map(m -> m.name())).isNotEqualTo(java.util.Optional.of(name));
    }

    @Test
    void unitCodesAreUniqueIgnoringCase() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(unit("/admin/organisation/indkoebsenheder/ny", code, unique("Center")))
                .andExpect(status().isFound());

        String otherName = unique("Center");
        mvc.perform(unit("/admin/organisation/indkoebsenheder/ny", code.toLowerCase(), otherName))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Der findes allerede en indkøbsenhed med denne kode")));

        assertThat(jdbc.sql("SELECT count(*) FROM buying_unit WHERE lower(code) = lower(:code)")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(organisation.buyingUnit(otherName)).isEmpty();
    }

    @Test
    void editingAUnitToAnotherUnitsNameIsRejected() throws Exception {
        String takenName = unique("Center");
        mvc.perform(unit("/admin/organisation/indkoebsenheder/ny", uniqueCode(), takenName));
        String code = uniqueCode();
        mvc.perform(unit("/admin/organisation/indkoebsenheder/ny", code, unique("Center")));
        BuyingUnit unit = organisation.buyingUnit(code).orElseThrow();

        mvc.perform(unit("/admin/organisation/indkoebsenheder/" + unit.id(), code, takenName.toUpperCase()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Der findes allerede en indkøbsenhed med dette navn")));

        assertThat(organisation.buyingUnit(unit.id())).contains(unit);
    }

    @Test
    void adminEditsAndDeactivatesAUnitAndBothAreAudited() throws Exception {
        String code = uniqueCode();
        mvc.perform(unit("/admin/organisation/indkoebsenheder/ny", code, unique("Center")));
        long id = organisation.buyingUnit(code).orElseThrow().id();
        String newName = unique("Madservice");

        mvc.perform(unit("/admin/organisation/indkoebsenheder/" + id, code, newName))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/organisation/indkoebsenheder/" + id + "/deaktiver")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isFound());

        assertThat(organisation.buyingUnit(id)).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo(newName);
            assertThat(u.active()).isFalse();
        });
        assertThat(organisation.buyingUnits()).extracting(BuyingUnit::id).doesNotContain(id);
        assertThat(organisation.allBuyingUnits()).extracting(BuyingUnit::id).contains(id);
        assertThat(jdbc.sql(
                                "SELECT action FROM audit_entry WHERE entity_type = 'BuyingUnit' AND entity_id = :id ORDER BY id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "UPDATE", "UPDATE");
        mvc.perform(get("/admin/organisation").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(newName)));
    }

    @Test
    void unitIsFoundByCodeOrNameIgnoringCase() throws Exception {
        String code = uniqueCode();
        String name = unique("Center for Ejendomme");
        mvc.perform(unit("/admin/organisation/indkoebsenheder/ny", code, name));

        assertThat(organisation.buyingUnit(code.toLowerCase()))
                .map(BuyingUnit::name)
                .contains(name);
        assertThat(organisation.buyingUnit(" " + name.toUpperCase() + " "))
                .map(BuyingUnit::code)
                .contains(code);
    }

    @Test
    void adminSavesTheBusinessCentre() throws Exception {
        String name = unique("Erhvervscenter");

        mvc.perform(post("/admin/organisation/erhvervscenter")
                        .with(admin())
                        .with(csrf())
                        .param("name", name)
                        .param("cvr", "35188606")
                        .param("postalCode", "4200")
                        .param("city", "Slagelse")
                        .param("website", "https://www.slagelse-erhverv.dk"))
                .andExpect(status().isFound());

        assertThat(organisation.businessCentre())
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(name));
        assertThat(auditEntriesMentioning(name)).isEqualTo(1);
    }

    @Test
    void unknownUnitIs404() throws Exception {
        mvc.perform(get("/admin/organisation/indkoebsenheder/987654321").with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsMayReachTheOrganisationPages() throws Exception {
        mvc.perform(get("/admin/organisation").with(user("buyer").roles("PROCUREMENT")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisation/kommune")
                        .with(user("buyer").roles("PROCUREMENT"))
                        .with(csrf())
                        .param("name", unique("Hack")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisation/kommune")).andExpect(status().is3xxRedirection());
    }

    @Test
    @Transactional
    void withoutAMunicipalityPagesFallBackToTheAppNameAndAdminCanCreateIt() throws Exception {
        jdbc.sql("DELETE FROM municipality").update();

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"samspil-brand-name\">Samspil</span>")));
        mvc.perform(get("/admin/organisation").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kommunen er ikke sat op endnu")))
                .andExpect(content().string(containsString("aria-current=\"page\">Organisation</li>")));
        mvc.perform(get("/admin/organisation/kommune").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("breadcrumbs__list-item")))
                .andExpect(content().string(not(containsString("alert-error"))));
    }

    private MockHttpServletRequestBuilder municipality(String name, String cvr, String nuts) {
        return post("/admin/organisation/kommune")
                .with(admin())
                .with(csrf())
                .param("name", name)
                .param("municipalityCode", "330")
                .param("cvr", cvr)
                .param("address", "Rådhuspladsen 11")
                .param("postalCode", "4200")
                .param("city", "Slagelse")
                .param("nutsCode", nuts)
                .param("logoUrl", " ")
                .param("ocidPrefix", "ocds-abc123")
                .param("contactEmail", "kommune@example.dk")
                .param("contactPhone", "58 57 36 00")
                .param("website", "https://www.example.dk");
    }

    private MockHttpServletRequestBuilder unit(String path, String code, String name) {
        return post(path)
                .with(admin())
                .with(csrf())
                .param("code", code)
                .param("name", name)
                .param("contactEmail", "");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private long auditEntriesMentioning(String text) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE changes::text LIKE :pattern")
                .param("pattern", "%" + text + "%")
                .query(Long.class)
                .single();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniqueCode() {
        return "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
