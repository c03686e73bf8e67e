package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Rejected;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
        follow(email, reference, "TENDER_PUBLISHED");
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

    @Test
    void unlinkingTheAwardAndThenTheContractNoticeTakesTheirMovesBackAndFollowersHearACorrectionNotANewTender()
            throws Exception {
        String reference = publishedEntry();
        String email = "follower-" + UUID.randomUUID() + "@example.dk";
        follow(email, reference, "TENDER_PUBLISHED", "MATERIAL_CHANGE");
        String procedure = UUID.randomUUID().toString();
        ImportOutcome contract =
                importer.importNotice(withInternalId(contract(procedure), reference), NoticeSource.API);
        ImportOutcome award = importer.importNotice(award(procedure), NoticeSource.API);
        assertThat(procurements.find(reference).orElseThrow().status()).isEqualTo(ProcurementStatus.AWARDED);
        TestSmtp.awaitMails(greenMail, email, 2);

        assertThat(links.unlink(award.rowId())).isEqualTo(NoticeLinks.Unlinked.STATUS_RESTORED);

        PlannedProcurement back = procurements.find(reference).orElseThrow();
        assertThat(back.status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
        assertThat(back.statusReason()).isEqualTo("Udbuddet er offentliggjort. Frist for tilbud: 04.02.2020 09:00.");
        assertThat(back.tenderUrl()).isEqualTo("https://etendering.ted.europa.eu/cft/cft-display.html?cftId=5629");
        ProcurementChange correction = lastChange(reference);
        assertThat(correction.kind()).isEqualTo(ProcurementChange.Kind.STATUS);
        assertThat(correction.reason()).startsWith("Rettelse: En udbudsmeddelelse var fejlagtigt knyttet");
        assertThat(correction.changes()).containsExactly(new FieldChange("status", "AWARDED", "TENDER_PUBLISHED"));
        MimeMessage mail = TestSmtp.awaitMails(greenMail, email, 3)[2];
        assertThat(TestSmtp.text(mail)).contains("Rettelse: En udbudsmeddelelse var fejlagtigt knyttet");

        links.unlink(contract.rowId());

        PlannedProcurement first = procurements.find(reference).orElseThrow();
        assertThat(first.status()).isEqualTo(ProcurementStatus.PUBLISHED);
        assertThat(first.tenderUrl()).isNull();
        assertThat(lastChange(reference).changes())
                .contains(new FieldChange("status", "TENDER_PUBLISHED", "PUBLISHED"));
        TestSmtp.awaitMails(greenMail, email, 4);
        Background.awaitListeners(jdbc, "dk.samspil.alerts.", Instant.now().minusSeconds(30));
        // the one alert of a published tender is the true one: going back to it is a correction, not news
        assertThat(deliveries(email, "TENDER_PUBLISHED")).isOne();
        assertThat(deliveries(email, "MATERIAL_CHANGE")).isEqualTo(3);
    }

    @Test
    void aStatusStaffSetByHandAfterTheNoticeMovedTheEntryStaysWhenTheNoticeIsUnlinked() {
        String reference = publishedEntry();
        ImportOutcome contract = importer.importNotice(
                withInternalId(contract(UUID.randomUUID().toString()), reference), NoticeSource.API);
        procurements.changeStatus(reference, ProcurementStatus.POSTPONED, "Budgettet er ikke vedtaget.", null);
        procurements.changeStatus(
                reference, ProcurementStatus.TENDER_PUBLISHED, null, "https://udbud.example.dk/sag/1");
        int changes = procurements.history(reference).size();

        assertThat(links.unlink(contract.rowId())).isEqualTo(NoticeLinks.Unlinked.STATUS_KEPT);

        PlannedProcurement entry = procurements.find(reference).orElseThrow();
        assertThat(entry.status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
        assertThat(entry.tenderUrl()).isEqualTo("https://udbud.example.dk/sag/1");
        assertThat(procurements.history(reference)).hasSize(changes);
        assertThat(linkOf(contract.rowId())).isEqualTo("null null");
    }

    @Test
    void aContractNoticeStillLinkedKeepsThePublishedTenderAndAnswersForItWhenUnlinkedInTurn() {
        String reference = publishedEntry();
        procurements.changeStatus(reference, ProcurementStatus.MARKET_DIALOGUE, null, null);
        String procedure = UUID.randomUUID().toString();
        ImportOutcome first = importer.importNotice(withInternalId(contract(procedure), reference), NoticeSource.API);
        ImportOutcome second = importer.importNotice(contract(procedure), NoticeSource.API);
        assertThat(linkOf(second.rowId())).isEqualTo(reference + " PROCEDURE");
        int changes = procurements.history(reference).size();

        links.unlink(first.rowId());

        assertThat(procurements.find(reference).orElseThrow().status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
        assertThat(procurements.history(reference)).hasSize(changes);

        links.unlink(second.rowId());

        assertThat(procurements.find(reference).orElseThrow().status()).isEqualTo(ProcurementStatus.MARKET_DIALOGUE);
        assertThat(lastChange(reference).changes())
                .contains(new FieldChange("status", "TENDER_PUBLISHED", "MARKET_DIALOGUE"));
        assertThat(procurements.history(reference)).hasSize(changes + 1);
    }

    @Test
    void aChangeNoticeThatCancelsTheLinkedContractNoticeCancelsTheEntryOnceWithItsReason() {
        String reference = publishedEntry();
        String noticeId = UUID.randomUUID().toString();
        importer.importNotice(
                withInternalId(contract(UUID.randomUUID().toString(), noticeId), reference), NoticeSource.API);
        byte[] cancel = cancelling(noticeId);

        ImportOutcome changed = importer.importNotice(cancel, NoticeSource.API);
        ImportOutcome again = importer.importNotice(cancel, NoticeSource.FEED);

        assertThat(changed.changeApplied()).isTrue();
        assertThat(again.duplicate()).isTrue();
        PlannedProcurement entry = procurements.find(reference).orElseThrow();
        assertThat(entry.status()).isEqualTo(ProcurementStatus.CANCELLED);
        assertThat(entry.statusReason()).isEqualTo("Udbuddet er annulleret: We cancel because...");
        assertThat(procurements.history(reference).stream()
                        .filter(c -> c.changes().contains(new FieldChange("status", "TENDER_PUBLISHED", "CANCELLED")))
                        .count())
                .isOne();
    }

    @Test
    void aCancellingChangeNoticeBeforeItsNoticeCancelsTheEntryWhenTheNoticeIsLinkedButAnIntentionDoesNot() {
        String reference = publishedEntry();
        String noticeId = UUID.randomUUID().toString();
        importer.importNotice(cancelling(noticeId), NoticeSource.API);
        importer.importNotice(
                withInternalId(contract(UUID.randomUUID().toString(), noticeId), reference), NoticeSource.API);
        assertThat(procurements.find(reference).orElseThrow().status()).isEqualTo(ProcurementStatus.CANCELLED);

        String intended = publishedEntry();
        String intendedId = UUID.randomUUID().toString();
        importer.importNotice(
                withInternalId(contract(UUID.randomUUID().toString(), intendedId), intended), NoticeSource.API);
        String intention = new String(cancelling(intendedId), StandardCharsets.UTF_8)
                .replace(">cancel</cbc:ReasonCode>", ">cancel-intent</cbc:ReasonCode>");
        importer.importNotice(intention.getBytes(StandardCharsets.UTF_8), NoticeSource.API);
        assertThat(procurements.find(intended).orElseThrow().status()).isEqualTo(ProcurementStatus.TENDER_PUBLISHED);
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

    /** The SDK's change notice cancelling the notice with this ID (BT-140 {@code cancel}). */
    static byte[] cancelling(String noticeId) {
        return renamed(
                renamed(SdkNotices.bytes("change-cn_24_void.xml"), CN_ID, noticeId),
                "1d192942-a4a3-4833-8775-ca38f7ec09ca",
                UUID.randomUUID().toString());
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
    private void follow(String email, String reference, String... notifyOn) {
        long subscriber = jdbc.sql("""
                        INSERT INTO alert_subscriber (email, language, created_at) VALUES (:email, 'da', now())
                        RETURNING id""").param("email", email).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, procurement_reference, notify_on, frequency,
                                                        status, created_at, confirmed_at)
                        VALUES (:subscriber, 'FOLLOW', :reference, :notifyOn, 'IMMEDIATE', 'ACTIVE', now(), now())""")
                .param("subscriber", subscriber)
                .param("reference", reference)
                .param("notifyOn", notifyOn)
                .update();
    }

    private long deliveries(String email, String kind) {
        return jdbc.sql("SELECT count(*) FROM alert_delivery d JOIN alert_subscriber s ON s.id = d.subscriber_id"
                        + " WHERE s.email = ? AND d.kind = ?")
                .params(email, kind)
                .query(Long.class)
                .single();
    }

    private ProcurementChange lastChange(String reference) {
        List<ProcurementChange> history = procurements.history(reference);
        return history.get(history.size() - 1);
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
