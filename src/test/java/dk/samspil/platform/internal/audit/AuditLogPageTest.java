package dk.samspil.platform.internal.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.AuditLog;
import dk.samspil.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@AutoConfigureMockMvc
class AuditLogPageTest extends IntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcurementService procurements;

    @Test
    void findsAnEntryByEntityTypeAndIdWithItsChangedFields() throws Exception {
        String entityId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> auditLog.updated(
                "buying-unit", entityId, Map.of("name", "Vej og Park"), Map.of("name", "Vej, Park og Miljø")));
        String otherId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> auditLog.created("buying-unit", otherId, Map.of("name", "Skoler")));

        mvc.perform(get("/admin/revisionslog")
                        .param("entityType", "buying-unit")
                        .param("entityId", entityId)
                        .param("actor", "SYS")
                        .param("from", "2000-01-01")
                        .param("to", "31.12.2999")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">" + entityId + "</span>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(otherId))))
                .andExpect(content().string(Matchers.containsString("Ændret")))
                .andExpect(content().string(Matchers.containsString("Vej og Park")))
                .andExpect(content().string(Matchers.containsString("Vej, Park og Miljø")))
                .andExpect(content().string(Matchers.containsString("System")));
    }

    @Test
    void aProcurementsChangesReadAsOnItsPagesAndTypesAreChosenByName() throws Exception {
        String reference = PublicEntries.uniqueReference("AU");
        int year = PublicEntries.nextYear();
        procurements.createDraft(
                reference,
                PublicEntries.details(
                        "Vejsalt",
                        "Salt til glatførebekæmpelse.",
                        null,
                        "34927100",
                        EstimatedValue.range(PublicEntries.dkk(2_000_000), PublicEntries.dkk(3_000_000)),
                        ProcurementProcedure.NATIONAL,
                        ExpectedPeriod.ofQuarter(year, 2),
                        false,
                        false,
                        List.of()));
        procurements.update(
                reference,
                PublicEntries.details(
                        "Vejsalt",
                        "Salt til glatførebekæmpelse.",
                        null,
                        "34927100",
                        EstimatedValue.range(PublicEntries.dkk(2_000_000), PublicEntries.dkk(3_500_000)),
                        ProcurementProcedure.NATIONAL,
                        ExpectedPeriod.ofQuarter(year, 3),
                        true,
                        false,
                        List.of()),
                null);

        mvc.perform(get("/admin/revisionslog")
                        .param("entityType", ProcurementService.ENTITY)
                        .param("entityId", reference)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "<option value=\"PlannedProcurement\" selected=\"selected\">Planlagt indkøb</option>")))
                .andExpect(content().string(Matchers.containsString("<span>Planlagt indkøb</span>")))
                .andExpect(content().string(Matchers.containsString("<td>Anslået værdi</td>")))
                .andExpect(content().string(Matchers.containsString("<td>2,0–3,0 mio. kr.</td>")))
                .andExpect(content().string(Matchers.containsString("<td>2,0–3,5 mio. kr.</td>")))
                .andExpect(content().string(Matchers.containsString("<td>2. kvartal " + year + "</td>")))
                .andExpect(
                        content().string(Matchers.containsString("<td>Egnet for små og mellemstore virksomheder</td>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<td>expectedPublication</td>"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(year + "-Q3"))));
    }

    @Test
    void aPeriodThatEndedBeforeTheEntryFindsNothing() throws Exception {
        String entityId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(
                status -> auditLog.created("buying-unit", entityId, Map.of("name", "Skoler")));

        mvc.perform(get("/admin/revisionslog")
                        .param("entityId", entityId)
                        .param("to", "2001-01-01")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ingen poster passer til søgningen")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">" + entityId + "</span>"))));
    }

    @Test
    void anInvalidDateIsExplainedInDanish() throws Exception {
        mvc.perform(get("/admin/revisionslog")
                        .param("from", "31.02.2026")
                        .param("to", "i morgen")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Skriv en gyldig dato som dd.mm.åååå")))
                .andExpect(content().string(Matchers.containsString("value=\"i morgen\"")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/revisionslog").with(user("konsulent").roles("CONSULTANT")))
                .andExpect(status().isForbidden());
    }
}
