package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo notices: the SDK's examples as the municipality's own notices on the public tender page, the contract
 * notices moving their demo pipeline entries to {@code TENDER_PUBLISHED}, added once. Runs in a transaction that is
 * rolled back, so other tests never see them.
 */
@AutoConfigureMockMvc
class NoticeDemoDataTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NoticeImporter importer;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void showsTheDemoNoticesOnThePublicPageAndPublishesTheLinkedTenderOnce() {
        NoticeDemoData demo = new NoticeDemoData(importer, organisation, json, clock);
        List<NoticeDemoData.DemoNotice> notices = demo.read().notices();
        assertThat(notices).hasSizeBetween(4, 6);
        String year = String.valueOf(LocalDate.now(clock).getYear() + 1);
        List<String> references = notices.stream()
                .filter(n -> n.reference() != null)
                .map(n -> n.reference().replace("{Y}", year))
                .toList();
        assertThat(references).isNotEmpty();

        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("INSERT INTO municipality (id, name) VALUES (1, 'Testkommune') ON CONFLICT (id) DO NOTHING")
                    .update();
            jdbc.sql("UPDATE municipality SET cvr = '29188548' WHERE id = 1 AND cvr IS NULL")
                    .update();
            for (String reference : references) {
                if (procurements.find(reference).isEmpty()) {
                    procurements.createDraft(
                            reference,
                            PublicEntries.simple(
                                    "Demo " + reference,
                                    "45000000",
                                    ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
                    procurements.publish(reference);
                }
            }

            assertThat(demo.load()).isEqualTo(notices.size());

            String page = publicPage();
            for (NoticeDemoData.DemoNotice notice : notices) {
                assertThat(page).contains(notice.title());
            }
            for (String reference : references) {
                assertThat(procurements.find(reference).map(PlannedProcurement::status))
                        .contains(ProcurementStatus.TENDER_PUBLISHED);
                assertThat(page).contains("/kommende-indkob/" + reference);
            }
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM tender_notice
                            WHERE source = 'DEMO' AND submission_deadline IS NOT NULL
                              AND submission_deadline < :now""")
                            .param("now", java.time.OffsetDateTime.now(clock))
                            .query(Integer.class)
                            .single())
                    .as("the demo tenders are still open")
                    .isZero();
            int stored = count();
            assertThat(stored).isGreaterThanOrEqualTo(notices.size());

            assertThat(demo.load()).as("a second run adds nothing").isZero();
            assertThat(count()).isEqualTo(stored);
        });
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM tender_notice WHERE source = 'DEMO'")
                .query(Integer.class)
                .single();
    }

    private String publicPage() {
        try {
            return mvc.perform(get("/udbud"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
