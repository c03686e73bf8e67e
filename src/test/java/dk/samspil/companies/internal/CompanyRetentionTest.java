package dk.samspil.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Contacts and notes older than the retention are erased and anonymised; newer ones stay as they are. */
@AutoConfigureMockMvc
class CompanyRetentionTest extends IntegrationTest {

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void personalDataWithoutActivityForFiveYearsIsErasedOrAnonymisedAndThePageSaysSo() throws Exception {
        String cvr = CvrNumbers.random();
        Company company =
                companies.create(new CompanyData(cvr, "Gammel Smedie ApS", null, null, null, null, null, null, null));
        long oldNote = companies.addNote(
                company,
                new NoteData(
                        LocalDate.of(2020, 3, 2),
                        List.of(Topic.GROWTH),
                        "Besøg om udvidelse",
                        "Ejer Hans Hansen overvejer ny hal.",
                        Sharing.ALL,
                        List.of("Hans Hansen"),
                        List.of()),
                "konsulent@sec.dk",
                StaffOrganisation.BUSINESS_CENTRE);
        long newNote = companies.addNote(
                company,
                new NoteData(LocalDate.of(2026, 11, 2), List.of(), "Nyt besøg", "Hallen er bygget.", Sharing.ALL),
                "konsulent@sec.dk",
                StaffOrganisation.BUSINESS_CENTRE);
        long oldContact = companies.addContact(
                company,
                new ContactForm(
                        "Hans Hansen",
                        "Ejer",
                        "hans-" + cvr + "@example.dk",
                        null,
                        LegalBasis.LEGITIMATE_INTEREST,
                        "Ejer",
                        null),
                "konsulent@sec.dk");
        companies.notesFor(company, "jobcenter@slagelse.dk", StaffOrganisation.JOB_CENTRE);
        jdbc.sql("UPDATE company_note SET created_at = now() - interval '6 years' WHERE id = :id")
                .param("id", oldNote)
                .update();
        jdbc.sql("UPDATE company_contact SET created_at = now() - interval '6 years' WHERE id = :id")
                .param("id", oldContact)
                .update();

        CompanyRetention.Result result = retention.run();

        assertThat(result.contactsErased()).isGreaterThanOrEqualTo(1);
        assertThat(result.notesAnonymised()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM company_contact WHERE id = :id")
                        .param("id", oldContact)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT notes || author FROM company_note WHERE id = :id")
                        .param("id", oldNote)
                        .query(String.class)
                        .single())
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM company_note_read WHERE note_id = :id")
                        .param("id", oldNote)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT cardinality(participants) FROM company_note WHERE id = :id")
                        .param("id", oldNote)
                        .query(Integer.class)
                        .single())
                .as("the people met are emptied too")
                .isZero();
        assertThat(jdbc.sql("SELECT 'udvidelse' = ANY (search_terms) FROM company WHERE cvr = :cvr")
                        .param("cvr", cvr)
                        .query(Boolean.class)
                        .single())
                .as("the anonymised title no longer finds the company")
                .isFalse();
        assertThat(jdbc.sql("SELECT notes FROM company_note WHERE id = :id")
                        .param("id", newNote)
                        .query(String.class)
                        .single())
                .isEqualTo("Hallen er bygget.");
        assertThat(retention.run().notesAnonymised())
                .as("a second run finds nothing more")
                .isZero();

        mvc.perform(get("/intern/virksomheder/" + cvr)
                        .with(user("konsulent@sec.dk").roles("CONSULTANT")))
                .andExpect(
                        content().string(containsString("En note fra 2. marts 2020 (Erhvervscentret) er anonymiseret")))
                .andExpect(content().string(not(containsString("Hans Hansen"))))
                .andExpect(content().string(containsString("Hallen er bygget.")));
    }
}
