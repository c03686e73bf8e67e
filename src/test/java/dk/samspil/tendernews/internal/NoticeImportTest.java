package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Notices stored in the real database, change notices applied, and a contract notice moving a pipeline entry. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoticeImportTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    NoticeImporter importer;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameNoticeAndVersionIsStoredOnceWithItsLotsAndWinners() {
        String id = UUID.randomUUID().toString();
        byte[] award = renamed("can_24_minimal.xml", "65667997-031a-4198-bd25-7225449ef479", id);

        ImportOutcome first = importer.importNotice(award, NoticeSource.API);
        ImportOutcome second = importer.importNotice(award, NoticeSource.FEED);

        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.rowId()).isEqualTo(first.rowId());
        assertThat(count("SELECT count(*) FROM tender_notice WHERE notice_id = ?", id))
                .isOne();
        Map<String, Object> row = jdbc.sql("SELECT * FROM tender_notice WHERE notice_id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("kind", "AWARD")
                .containsEntry("buyer_name", "Rouen Habitat")
                .containsEntry("main_cpv", "77310000")
                .containsEntry("source", "API");
        assertThat(jdbc.sql("SELECT winner_name FROM tender_notice_award WHERE notice_row_id = ?")
                        .param(first.rowId())
                        .query(String.class)
                        .list())
                .containsExactly("Espaces Verts Lemire");
        assertThat(count("SELECT count(*) FROM tender_notice_lot WHERE notice_row_id = ?", first.rowId()))
                .isEqualTo(first.notice().lots().size());
    }

    @Test
    void aChangeNoticeBeforeItsNoticeIsKeptAndAppliedWhenTheNoticeArrives() {
        String original = UUID.randomUUID().toString();
        byte[] change = renamed(
                renamed("change-cn_24_void.xml", "f42be27e-09cf-4f0e-a745-63ec689631e6", original),
                "1d192942-a4a3-4833-8775-ca38f7ec09ca",
                UUID.randomUUID().toString());
        byte[] notice = renamed("cn_24_minimal.xml", "f42be27e-09cf-4f0e-a745-63ec689631e6", original);

        ImportOutcome changed = importer.importNotice(change, NoticeSource.API);
        assertThat(changed.changePending()).isTrue();
        assertThat(count(
                        "SELECT count(*) FROM tender_notice_change WHERE target_notice_id = ? AND applied_at IS NULL",
                        original))
                .isOne();

        ImportOutcome arrived = importer.importNotice(notice, NoticeSource.API);

        assertThat(count(
                        "SELECT count(*) FROM tender_notice_change WHERE target_notice_id = ? AND applied_at IS NULL",
                        original))
                .isZero();
        assertThat(jdbc.sql("SELECT cancelled FROM tender_notice WHERE id = ?")
                        .param(arrived.rowId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aChangeNoticeAfterItsNoticeIsAppliedAtOnce() {
        String original = UUID.randomUUID().toString();
        importer.importNotice(
                renamed("cn_24_minimal.xml", "f42be27e-09cf-4f0e-a745-63ec689631e6", original), NoticeSource.API);

        ImportOutcome changed = importer.importNotice(
                renamed(
                        renamed("change-cn_24_void.xml", "f42be27e-09cf-4f0e-a745-63ec689631e6", original),
                        "1d192942-a4a3-4833-8775-ca38f7ec09ca",
                        UUID.randomUUID().toString()),
                NoticeSource.API);

        assertThat(changed.changeApplied()).isTrue();
        assertThat(count("SELECT count(*) FROM tender_notice WHERE notice_id = ? AND cancelled", original))
                .isOne();
    }

    @Test
    void aContractNoticeWhoseInternalIdentifierIsAPipelineReferenceMovesTheEntryAndAlertsItsFollowerOnce()
            throws Exception {
        String reference = PublicEntries.uniqueReference("TN");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Grønne områder " + PublicEntries.uniqueWord(),
                        "77310000",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        procurements.publish(reference);
        Background.awaitListeners(jdbc, "dk.samspil.alerts.", Instant.now().minusSeconds(5));
        String email = "follower-" + UUID.randomUUID() + "@example.dk";
        follow(email, reference);
        Instant since = Instant.now().minusSeconds(1);

        byte[] notice = withInternalId(
                renamed(
                        "cn_24_minimal.xml",
                        "f42be27e-09cf-4f0e-a745-63ec689631e6",
                        UUID.randomUUID().toString()),
                reference);
        ImportOutcome outcome = importer.importNotice(notice, NoticeSource.API);

        assertThat(outcome.linkedReference()).isEqualTo(reference);
        PlannedProcurement entry = procurements.find(reference).orElseThrow();
        assertThat(entry.status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
        assertThat(entry.tenderUrl()).isEqualTo("https://etendering.ted.europa.eu/cft/cft-display.html?cftId=5629");
        MimeMessage[] mails = TestSmtp.awaitMails(greenMail, email, 1);
        assertThat(mails).hasSize(1);

        ImportOutcome again = importer.importNotice(notice, NoticeSource.FEED);
        assertThat(again.duplicate()).isTrue();
        Background.awaitListeners(jdbc, "dk.samspil.alerts.", since);
        Background.awaitOutboxSent(jdbc, email);
        assertThat(greenMail.getReceivedMessagesForDomain(email)).hasSize(1);
        assertThat(count(
                        "SELECT count(*) FROM alert_delivery d JOIN alert_subscriber s ON s.id = d.subscriber_id"
                                + " WHERE s.email = ? AND d.kind = 'TENDER_PUBLISHED'",
                        email))
                .isOne();
    }

    /** A follower of the entry, written as the alerts module stores a confirmed follow. */
    private void follow(String email, String reference) {
        long subscriber = jdbc.sql("""
                        INSERT INTO alert_subscriber (email, language, created_at) VALUES (:email, 'da', now())
                        RETURNING id""").param("email", email).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, procurement_reference, notify_on, frequency,
                                                        status, created_at, confirmed_at)
                        VALUES (:subscriber, 'FOLLOW', :reference, :notifyOn, 'IMMEDIATE', 'ACTIVE', now(), now())""")
                .param("subscriber", subscriber)
                .param("reference", reference)
                .param("notifyOn", new String[] {"TENDER_PUBLISHED"})
                .update();
    }

    private long count(String sql, Object argument) {
        return jdbc.sql(sql).param(argument).query(Long.class).single();
    }

    private static byte[] renamed(String example, String from, String to) {
        return renamed(SdkNotices.bytes(example), from, to);
    }

    private static byte[] renamed(byte[] xml, String from, String to) {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    /** The notice with the procedure's internal identifier (BT-22), the first child of its procurement project. */
    private static byte[] withInternalId(byte[] xml, String internalId) {
        String text = new String(xml, StandardCharsets.UTF_8);
        String project = "</cac:TenderingProcess>\n\t<cac:ProcurementProject>";
        assertThat(text).contains(project);
        return text.replaceFirst(
                        java.util.regex.Pattern.quote(project),
                        project + "\n\t\t<cbc:ID schemeName=\"InternalID\">" + internalId + "</cbc:ID>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
