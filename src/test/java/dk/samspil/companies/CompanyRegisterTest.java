package dk.samspil.companies;

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

import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The company register: the business centre adds companies by a checked CVR number, and visits and notes are read by
 * exactly the organisations their author shared them with; a read by another organisation is logged and shown to the
 * author's organisation.
 */
@AutoConfigureMockMvc
class CompanyRegisterTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static final RequestPostProcessor CONSULTANT =
            user("konsulent@sec.dk").roles("CONSULTANT");
    private static final RequestPostProcessor JOBCENTRE =
            user("jobkonsulent@slagelse.dk").roles("JOBCENTER");
    private static final RequestPostProcessor CASEWORKER =
            user("sagsbehandler@slagelse.dk").roles("CASEWORKER");
    private static final RequestPostProcessor PROCUREMENT =
            user("indkoeber@slagelse.dk").roles("PROCUREMENT");

    private MockHttpServletRequestBuilder newCompany(String cvr, String name) {
        return post("/intern/virksomheder/ny")
                .with(csrf())
                .param("cvr", cvr)
                .param("name", name)
                .param("address", "Jernbanegade 12")
                .param("postalCode", "4200")
                .param("city", "Slagelse")
                .param("municipalityCode", "330")
                .param("industryCode", "812100")
                .param("industryText", "Rengøring");
    }

    private long companies(String cvr) {
        return jdbc.sql("SELECT count(*) FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query(Long.class)
                .single();
    }

    @Test
    void theBusinessCentreAddsACompanyByACheckedCvrNumberOnce() throws Exception {
        String cvr = CvrNumbers.random();
        String spaced = "DK " + cvr.substring(0, 2) + " " + cvr.substring(2, 4) + " " + cvr.substring(4, 6) + " "
                + cvr.substring(6);
        mvc.perform(newCompany(spaced, "Glasklart Vinduespolering ApS").with(CONSULTANT))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/intern/virksomheder/" + cvr));
        assertThat(companies(cvr)).isOne();

        mvc.perform(get("/intern/virksomheder").param("q", "glasklart").with(CASEWORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Glasklart Vinduespolering ApS")))
                .andExpect(content().string(containsString("/intern/virksomheder/" + cvr)));
        mvc.perform(get("/intern/virksomheder/" + cvr).with(PROCUREMENT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jernbanegade 12, 4200 Slagelse")))
                .andExpect(content().string(containsString("Rengøring (812100)")))
                .andExpect(content().string(containsString("Jeres rolle giver ikke adgang til dem")));

        mvc.perform(newCompany(cvr, "Glasklart igen").with(CONSULTANT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("findes allerede i registret")));
        String wrongCheckDigit = cvr.substring(0, 7) + ((cvr.charAt(7) - '0' + 1) % 10);
        mvc.perform(newCompany(wrongCheckDigit, "Forkert ApS").with(CONSULTANT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kontrolcifferet passer ikke")));
        mvc.perform(newCompany("0" + cvr.substring(1), "Nul ApS").with(CONSULTANT))
                .andExpect(status().isUnprocessableContent());
        assertThat(companies(wrongCheckDigit)).isZero();
        assertThat(jdbc.sql("SELECT name FROM company WHERE cvr = :cvr")
                        .param("cvr", cvr)
                        .query(String.class)
                        .single())
                .isEqualTo("Glasklart Vinduespolering ApS");

        mvc.perform(newCompany(CvrNumbers.random(), "Ikke tilladt").with(CASEWORKER))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNoteSharedWithTheJobCentreIsReadThereLoggedAndHiddenFromCaseWorkers() throws Exception {
        String cvr = CvrNumbers.random();
        mvc.perform(newCompany(cvr, "Slagelse Maskinfabrik A/S").with(CONSULTANT))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/intern/virksomheder/" + cvr + "/besoeg")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("visitDate", "2026-11-12")
                        .param("title", "Besøg om rekruttering af smede")
                        .param("notes", "Mangler tre smede til foråret.\nVil gerne tale med jobcentret.")
                        .param("topics", "RECRUITMENT")
                        .param("topics", "GROWTH")
                        .param("sharedWith", "SEC_JOBCENTER"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/intern/virksomheder/" + cvr).with(JOBCENTRE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Besøg om rekruttering af smede")))
                .andExpect(content()
                        .string(containsString("<span>Rekruttering og kompetencer</span>, <span>Vækst</span>")))
                .andExpect(content().string(containsString("Erhvervscentret og jobcentret")));
        mvc.perform(get("/intern/virksomheder/" + cvr).with(CASEWORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Besøg om rekruttering af smede"))))
                .andExpect(content().string(containsString("Der er ingen besøg eller noter, I kan læse.")));

        mvc.perform(get("/intern/virksomheder/" + cvr).with(CONSULTANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Læst af 1 person uden for jeres organisation")))
                .andExpect(content().string(containsString("jobkonsulent@slagelse.dk (Jobcentret)")))
                .andExpect(content().string(not(containsString("sagsbehandler@slagelse.dk"))));
    }

    @Test
    void theTimelineShowsTheCompanysAlertsAndEventRegistrationsByItsCvrNumberToThoseWhoMaySeeThem() throws Exception {
        String cvr = CvrNumbers.random();
        mvc.perform(newCompany(cvr, "Tidslinje Tagdækning ApS").with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        long subscriber = jdbc.sql("""
                        INSERT INTO alert_subscriber (email, name, company_cvr, created_at)
                        VALUES (:email, 'Tidslinje', :cvr, now()) RETURNING id""")
                .param("email", "tidslinje-" + cvr + "@example.dk")
                .param("cvr", cvr)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        VALUES (:subscriber, 'CRITERIA', '{45261210}', '{NEW_ENTRY}', 'DAILY', 'ACTIVE', now(), now())""").param("subscriber", subscriber).update();
        long event = jdbc.sql("""
                        INSERT INTO engagement_event (type, title, starts_at, ends_at, place, status, created_by,
                                                      created_at, updated_at, published_at)
                        VALUES ('MARKET_DIALOGUE', 'Markedsdialog om tagrenovering', now() + interval '10 days',
                                now() + interval '10 days 2 hours', 'Rådhuset', 'PUBLISHED', 'test', now(), now(), now())
                        RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO engagement_registration (event_id, name, company, cvr, email, participants, status,
                                                             created_at, updated_at)
                        VALUES (:event, 'Tage Tækker', 'Tidslinje Tagdækning ApS', :cvr, :email, 1, 'CONFIRMED',
                                now(), now())""")
                .param("event", event)
                .param("cvr", cvr)
                .param("email", "tage-" + cvr + "@example.dk")
                .update();

        mvc.perform(get("/intern/virksomheder/" + cvr).with(CONSULTANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Abonnerer på 1 varsling (CPV: ")))
                .andExpect(content().string(containsString("Tilmeldt Markedsdialog om tagrenovering")))
                .andExpect(content().string(containsString("/intern/arrangementer/" + event)))
                .andExpect(content().string(not(containsString("tidslinje-" + cvr + "@example.dk"))));
        mvc.perform(get("/intern/virksomheder/" + cvr).with(JOBCENTRE))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Abonnerer på"))))
                .andExpect(content().string(not(containsString("Markedsdialog om tagrenovering"))));
    }

    @Test
    void contactPersonsAreKeptWithTheirLegalBasisExportedAndErasedWithoutACopyLeft() throws Exception {
        String cvr = CvrNumbers.random();
        mvc.perform(newCompany(cvr, "Kontakt Konsulenterne ApS").with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        String email = "bente-" + cvr + "@example.dk";
        mvc.perform(post("/intern/virksomheder/" + cvr + "/kontakter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("name", "Bente Bøgh")
                        .param("roleTitle", "Direktør")
                        .param("email", email)
                        .param("phone", "58 57 36 00")
                        .param("legalBasis", "CONSENT")
                        .param("basisNote", "Sagt ja ved besøget"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv datoen for samtykket.")));
        mvc.perform(post("/intern/virksomheder/" + cvr + "/kontakter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("name", "Bente Bøgh")
                        .param("roleTitle", "Direktør")
                        .param("email", email)
                        .param("phone", "58 57 36 00")
                        .param("legalBasis", "CONSENT")
                        .param("basisNote", "Sagt ja ved besøget")
                        .param("consentGivenOn", "2026-11-12"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/intern/virksomheder/" + cvr + "/kontakter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("name", "Bente B.")
                        .param("email", email.toUpperCase())
                        .param("legalBasis", "LEGITIMATE_INTEREST")
                        .param("basisNote", "Direktør"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("allerede en kontaktperson med den e-mailadresse")));
        mvc.perform(post("/intern/virksomheder/" + cvr + "/kontakter")
                        .with(csrf())
                        .with(CASEWORKER)
                        .param("name", "Ikke tilladt")
                        .param("legalBasis", "LEGITIMATE_INTEREST")
                        .param("basisNote", "x"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/intern/virksomheder/" + cvr).with(CONSULTANT))
                .andExpect(content().string(containsString("Bente Bøgh")))
                .andExpect(content().string(containsString("Samtykke")));
        mvc.perform(get("/intern/virksomheder/" + cvr).with(CASEWORKER))
                .andExpect(content().string(not(containsString("Bente Bøgh"))));
        long id = jdbc.sql("SELECT id FROM company_contact WHERE email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
        mvc.perform(get("/intern/virksomheder/" + cvr + "/kontakter/" + id + "/eksport")
                        .with(CONSULTANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"name\" : \"Bente Bøgh\"")))
                .andExpect(content().string(containsString("Sagt ja ved besøget")));

        mvc.perform(post("/intern/virksomheder/" + cvr + "/kontakter/" + id + "/slet")
                        .with(csrf())
                        .with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM company_contact WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE changes::text LIKE '%Bente%'")
                        .query(Long.class)
                        .single())
                .as("no copy of the person in the audit log")
                .isZero();
    }

    @Test
    void aNoteSharedWithoutTheAuthorsOwnOrganisationOrWithBadValuesIsRefusedAndNothingIsStored() throws Exception {
        String cvr = CvrNumbers.random();
        mvc.perform(newCompany(cvr, "Korsør Bådebyggeri ApS").with(CONSULTANT)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/intern/virksomheder/" + cvr + "/besoeg")
                        .with(csrf())
                        .with(CASEWORKER)
                        .param("visitDate", "2026-11-12")
                        .param("title", "Byggetilladelse")
                        .param("notes", "Afklaring af tilladelse til ny hal.")
                        .param("sharedWith", "SEC_JOBCENTER"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg en deling, der omfatter jeres egen organisation.")));
        mvc.perform(post("/intern/virksomheder/" + cvr + "/besoeg")
                        .with(csrf())
                        .with(JOBCENTRE)
                        .param("visitDate", "12/11-2026")
                        .param("title", "To\nlinjer")
                        .param("notes", "")
                        .param("topics", "HEMMELIGT")
                        .param("sharedWith", "ALLE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv datoen som dd.mm.åååå")))
                .andExpect(content().string(containsString("Skriv noterne.")))
                .andExpect(content().string(containsString("Vælg kun emner fra listen.")));
        mvc.perform(post("/intern/virksomheder/" + cvr + "/besoeg")
                        .with(csrf())
                        .with(PROCUREMENT)
                        .param("visitDate", "2026-11-12")
                        .param("title", "Indkøb")
                        .param("notes", "Noter")
                        .param("sharedWith", "ALL"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM company_note n JOIN company c ON c.id = n.company_id WHERE c.cvr = :cvr")
                        .param("cvr", cvr)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
