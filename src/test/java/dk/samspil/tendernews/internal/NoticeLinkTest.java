package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Rejected;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notices linked to pipeline entries by their internal identifier, by a notice ID stored on the entry, by their
 * procedure and by hand; an award notice before its contract notice waits and is applied when the contract notice
 * comes; followers hear of the published tender once.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoticeLinkTest extends IntegrationTest {

    static final String CN_ID = "f42be27e-09cf-4f0e-a745-63ec689631e6";
    static final String CN_PROCEDURE = "4805c409-5939-4be9-8abd-837f7a5fee23";
    static final String CAN_ID = "65667997-031a-4198-bd25-7225449ef479";
    static final String CAN_PROCEDURE = "022d0ef9-6338-42d9-afa4-a87709128061";

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
    NoticeLinks links;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAwardNoticeBeforeItsContractNoticeWaitsAndIsAppliedWhenTheContractNoticeIsLinked() throws Exception {
        String reference = publishedEntry();
        String email = "follower-" + UUID.randomUUID() + "@example.dk";
        follow(email, reference);
        String procedure = UUID.randomUUID().toString();

        ImportOutcome award = importer.importNotice(award(procedure), NoticeSource.API);
        assertThat(award.linkedReference()).isNull();
        assertThat(procurements.find(reference).orElseThrow().status()).isEqualTo(ProcurementStatus.PUBLISHED);

        ImportOutcome contract =
                importer.importNotice(withInternalId(contract(procedure), reference), NoticeSource.API);

        assertThat(contract.linkedReference()).isEqualTo(reference);
        assertThat(linkOf(award.rowId())).isEqualTo(reference + " PROCEDURE");
        PlannedProcurement entry = procurements.find(reference).orElseThrow();
        assertThat(entry.status()).isEqualTo(ProcurementStatus.AWARDED);
        assertThat(entry.statusReason()).isEqualTo("Kontrakten er tildelt Espaces Verts Lemire.");
        assertThat(entry.tenderUrl()).isEqualTo("https://etendering.ted.europa.eu/cft/cft-display.html?cftId=5629");
        assertThat(procurements.history(reference).stream()
                        .map(c -> c.reason())
                        .filter(r -> r != null
                                && r.equals("Udbuddet er offentliggjort. Frist for tilbud: 04.02.2020 09:00."))
                        .count())
                .isOne();
        TestSmtp.awaitMails(greenMail, email, 1);
        Background.awaitListeners(jdbc, "dk.samspil.alerts.", Instant.now().minusSeconds(30));
        assertThat(count(
                        "SELECT count(*) FROM alert_delivery d JOIN alert_subscriber s ON s.id = d.subscriber_id"
                                + " WHERE s.email = ? AND d.kind = 'TENDER_PUBLISHED'",
                        email))
                .isOne();
    }

    @Test
    void aNoticeIdStoredOnTheEntryLinksTheNoticeWhenItArrivesOrAtOnceWhenItIsHere() {
        String waiting = publishedEntry();
        String noticeId = UUID.randomUUID().toString();
        links.expect(waiting, noticeId.toUpperCase(), "officer@kommune.dk");
        assertThat(links.expectedNoticeId(waiting)).contains(noticeId);

        ImportOutcome arrived =
                importer.importNotice(contract(UUID.randomUUID().toString(), noticeId), NoticeSource.FEED);

        assertThat(arrived.linkedReference()).isEqualTo(waiting);
        assertThat(linkOf(arrived.rowId())).isEqualTo(waiting + " NOTICE_ID");
        assertThat(procurements.find(waiting).orElseThrow().status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);

        String later = publishedEntry();
        String hereFirst = UUID.randomUUID().toString();
        ImportOutcome stored =
                importer.importNotice(contract(UUID.randomUUID().toString(), hereFirst), NoticeSource.API);
        assertThat(stored.linkedReference()).isNull();
        links.expect(later, hereFirst, "officer@kommune.dk");
        assertThat(linkOf(stored.rowId())).isEqualTo(later + " NOTICE_ID");
        assertThat(procurements.find(later).orElseThrow().status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
    }

    @Test
    void aBadNoticeIdOrAnUnknownEntryIsRefusedAndNothingStored() {
        String reference = publishedEntry();
        assertThatThrownBy(() -> links.expect(reference, "not a notice id!", "officer@kommune.dk"))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).violations().get(0).messageKey())
                .isEqualTo("tendernews.link.error.noticeId");
        assertThatThrownBy(() -> links.expect("NO-SUCH-1", UUID.randomUUID().toString(), "officer@kommune.dk"))
                .isInstanceOf(Rejected.class);
        assertThat(links.expectedNoticeId(reference)).isEmpty();
    }

    @Test
    void staffLinkByHandOnceAndMayUnlink() {
        String reference = publishedEntry();
        ImportOutcome stored = importer.importNotice(
                contract(UUID.randomUUID().toString(), UUID.randomUUID().toString()), NoticeSource.API);

        assertThatThrownBy(() -> links.linkByHand(stored.rowId(), "NO-SUCH-REF"))
                .isInstanceOf(Rejected.class);
        links.linkByHand(stored.rowId(), reference);

        assertThat(linkOf(stored.rowId())).isEqualTo(reference + " HAND");
        assertThat(procurements.find(reference).orElseThrow().status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
        assertThatThrownBy(() -> links.linkByHand(stored.rowId(), reference))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).violations().get(0).messageKey())
                .isEqualTo("tendernews.link.error.linked");

        links.unlink(stored.rowId());
        assertThat(linkOf(stored.rowId())).isEqualTo("null null");
    }

    private String publishedEntry() {
        String reference = PublicEntries.uniqueReference("TL");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Grønne områder " + PublicEntries.uniqueWord(),
                        "77310000",
                        ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        procurements.publish(reference);
        return reference;
    }

    private String linkOf(long rowId) {
        return jdbc.sql("SELECT procurement_reference || ' ' || linked_by FROM tender_notice WHERE id = ?")
                .param(rowId)
                .query(String.class)
                .optional()
                .orElse("null null");
    }

    static byte[] contract(String procedure) {
        return contract(procedure, UUID.randomUUID().toString());
    }

    static byte[] contract(String procedure, String noticeId) {
        return renamed(renamed(SdkNotices.bytes("cn_24_minimal.xml"), CN_ID, noticeId), CN_PROCEDURE, procedure);
    }

    static byte[] award(String procedure) {
        return renamed(
                renamed(
                        SdkNotices.bytes("can_24_minimal.xml"),
                        CAN_ID,
                        UUID.randomUUID().toString()),
                CAN_PROCEDURE,
                procedure);
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

    static byte[] renamed(byte[] xml, String from, String to) {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    /** The notice with the procedure's internal identifier (BT-22), the first child of its procurement project. */
    static byte[] withInternalId(byte[] xml, String internalId) {
        String text = new String(xml, StandardCharsets.UTF_8);
        String project = "</cac:TenderingProcess>\n\t<cac:ProcurementProject>";
        assertThat(text).contains(project);
        return text.replaceFirst(
                        java.util.regex.Pattern.quote(project),
                        project + "\n\t\t<cbc:ID schemeName=\"InternalID\">" + internalId + "</cbc:ID>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
