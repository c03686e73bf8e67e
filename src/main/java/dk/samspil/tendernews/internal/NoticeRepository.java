package dk.samspil.tendernews.internal;

import dk.samspil.tendernews.internal.Notice.Award;
import dk.samspil.tendernews.internal.Notice.NoticeLot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of stored notices, their lots, awards and changes. */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> find(String noticeId, String version) {
        return jdbc.sql("SELECT id FROM tender_notice WHERE notice_id = :id AND notice_version = :version")
                .param("id", noticeId)
                .param("version", version)
                .query(Long.class)
                .optional();
    }

    /** Stores the notice, or returns empty when the same notice and version is there (also when another did it now). */
    Optional<Long> insert(Notice notice, NoticeSource source, Instant now) {
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO tender_notice (notice_id, notice_version, kind, form_type, notice_type, subtype,
                            issue_date, buyer_name, buyer_org_number, title, description, internal_id, procedure_id, main_cpv,
                            additional_cpv, estimated_value, currency, nuts, submission_deadline, future_notice_date,
                            documents_url, changes_notice_id, changes_version, change_reason, source, imported_at)
                        VALUES (:noticeId, :version, :kind, :formType, :noticeType, :subtype, :issueDate, :buyerName,
                            :buyerOrgNumber, :title, :description, :internalId, :procedureId, :mainCpv, :additionalCpv,
                            :estimatedValue, :currency, :nuts, :deadline, :futureNoticeDate, :documentsUrl,
                            :changesNoticeId, :changesVersion, :changeReason, :source, :now)
                        ON CONFLICT (notice_id, notice_version) DO NOTHING
                        RETURNING id""")
                .param("noticeId", notice.noticeId())
                .param("version", notice.version())
                .param("kind", notice.kind().name())
                .param("formType", notice.formType())
                .param("noticeType", notice.noticeType())
                .param("subtype", notice.subtype())
                .param("issueDate", notice.issueDate())
                .param("buyerName", notice.buyerName())
                .param("buyerOrgNumber", notice.buyerOrgNumber())
                .param("title", notice.title())
                .param("description", notice.description())
                .param("internalId", notice.internalId())
                .param("procedureId", notice.procedureId())
                .param("mainCpv", notice.mainCpv())
                .param("additionalCpv", notice.additionalCpv().toArray(String[]::new))
                .param("estimatedValue", notice.estimatedValue())
                .param("currency", notice.currency())
                .param("nuts", notice.nuts().toArray(String[]::new))
                .param("deadline", notice.submissionDeadline())
                .param("futureNoticeDate", notice.futureNoticeDate())
                .param("documentsUrl", notice.documentsUrl())
                .param(
                        "changesNoticeId",
                        notice.change() == null ? null : notice.change().noticeId())
                .param(
                        "changesVersion",
                        notice.change() == null ? null : notice.change().version())
                .param(
                        "changeReason",
                        notice.change() == null ? null : notice.change().reasonCode())
                .param("source", source.name())
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class)
                .optional();
        id.ifPresent(rowId -> {
            insertLots(rowId, notice.lots());
            insertAwards(rowId, notice.awards());
        });
        return id;
    }

    private void insertLots(long rowId, List<NoticeLot> lots) {
        for (int i = 0; i < lots.size(); i++) {
            NoticeLot lot = lots.get(i);
            jdbc.sql("""
                            INSERT INTO tender_notice_lot (notice_row_id, position, lot_id, title, main_cpv,
                                                           estimated_value, currency)
                            VALUES (:row, :position, :lotId, :title, :cpv, :value, :currency)""")
                    .param("row", rowId)
                    .param("position", i)
                    .param("lotId", lot.lotId())
                    .param("title", lot.title())
                    .param("cpv", lot.mainCpv())
                    .param("value", lot.estimatedValue())
                    .param("currency", lot.currency())
                    .update();
        }
    }

    private void insertAwards(long rowId, List<Award> awards) {
        for (int i = 0; i < awards.size(); i++) {
            Award award = awards.get(i);
            jdbc.sql("""
                            INSERT INTO tender_notice_award (notice_row_id, position, lot_id, winner_name,
                                                             winner_org_number, amount, currency)
                            VALUES (:row, :position, :lotId, :name, :orgNumber, :amount, :currency)""")
                    .param("row", rowId)
                    .param("position", i)
                    .param("lotId", award.lotId())
                    .param("name", award.winnerName())
                    .param("orgNumber", award.winnerOrgNumber())
                    .param("amount", award.amount())
                    .param("currency", award.currency())
                    .update();
        }
    }

    void recordChange(long changeRowId, Notice.Change change, Instant now) {
        jdbc.sql("""
                        INSERT INTO tender_notice_change (change_row_id, target_notice_id, target_version, reason_code,
                                                          description, received_at)
                        VALUES (:row, :noticeId, :version, :reason, :description, :now)""")
                .param("row", changeRowId)
                .param("noticeId", change.noticeId())
                .param("version", change.version())
                .param("reason", change.reasonCode())
                .param("description", change.description())
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    /** The change notices waiting for this notice, oldest first. */
    List<Long> pendingChangesOf(String noticeId, String version) {
        return jdbc.sql("""
                        SELECT change_row_id FROM tender_notice_change
                        WHERE target_notice_id = :id AND target_version = :version AND applied_at IS NULL
                        ORDER BY received_at, change_row_id""")
                .param("id", noticeId)
                .param("version", version)
                .query(Long.class)
                .list();
    }

    /**
     * Applies a change notice to the notice it changes: the change notice carries the whole changed notice, so its
     * content replaces the changed one's; a cancelling change marks the notice cancelled.
     */
    void applyChange(long changeRowId, long targetRowId, boolean cancels, Instant now) {
        jdbc.sql("""
                        UPDATE tender_notice t SET
                            title = c.title, description = c.description, main_cpv = c.main_cpv,
                            additional_cpv = c.additional_cpv, estimated_value = c.estimated_value,
                            currency = c.currency, nuts = c.nuts, submission_deadline = c.submission_deadline,
                            future_notice_date = c.future_notice_date,
                            documents_url = coalesce(c.documents_url, t.documents_url),
                            cancelled = t.cancelled OR :cancels
                        FROM tender_notice c WHERE t.id = :target AND c.id = :change""")
                .param("target", targetRowId)
                .param("change", changeRowId)
                .param("cancels", cancels)
                .update();
        jdbc.sql("DELETE FROM tender_notice_lot WHERE notice_row_id = :target")
                .param("target", targetRowId)
                .update();
        jdbc.sql("""
                        INSERT INTO tender_notice_lot (notice_row_id, position, lot_id, title, main_cpv,
                                                       estimated_value, currency)
                        SELECT :target, position, lot_id, title, main_cpv, estimated_value, currency
                        FROM tender_notice_lot WHERE notice_row_id = :change""").param("target", targetRowId).param("change", changeRowId).update();
        jdbc.sql("UPDATE tender_notice_change SET applied_at = :now WHERE change_row_id = :change")
                .param("now", java.sql.Timestamp.from(now))
                .param("change", changeRowId)
                .update();
    }

    void link(long rowId, String reference, LinkedBy by) {
        jdbc.sql("""
                        UPDATE tender_notice SET procurement_reference = :reference, linked_by = :by,
                                                 link_applied_at = NULL
                        WHERE id = :id""")
                .param("reference", reference)
                .param("by", by.name())
                .param("id", rowId)
                .update();
    }

    void unlink(long rowId) {
        jdbc.sql("""
                        UPDATE tender_notice SET procurement_reference = NULL, linked_by = NULL, link_applied_at = NULL
                        WHERE id = :id""").param("id", rowId).update();
    }

    void markApplied(long rowId, Instant now) {
        jdbc.sql("UPDATE tender_notice SET link_applied_at = :now WHERE id = :id AND link_applied_at IS NULL")
                .param("now", java.sql.Timestamp.from(now))
                .param("id", rowId)
                .update();
    }

    /** How a notice was linked to its entry. */
    enum LinkedBy {
        INTERNAL_ID,
        NOTICE_ID,
        PROCEDURE,
        HAND
    }

    /** A notice linked to an entry, as linking needs it. */
    record LinkedNotice(
            long rowId,
            String noticeId,
            Notice.Kind kind,
            java.time.@Nullable OffsetDateTime submissionDeadline,
            @Nullable String documentsUrl,
            java.time.@Nullable Instant linkApplied) {}

    /** The notices (not change notices, not cancelled) linked to the entry, oldest first. */
    List<LinkedNotice> linkedNotices(String reference) {
        return jdbc.sql("""
                        SELECT id, notice_id, kind, submission_deadline, documents_url, link_applied_at
                        FROM tender_notice
                        WHERE procurement_reference = :reference AND changes_notice_id IS NULL AND NOT cancelled
                        ORDER BY issue_date NULLS FIRST, id""")
                .param("reference", reference)
                .query((rs, n) -> new LinkedNotice(
                        rs.getLong("id"),
                        rs.getString("notice_id"),
                        Notice.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("submission_deadline", java.time.OffsetDateTime.class),
                        rs.getString("documents_url"),
                        rs.getTimestamp("link_applied_at") == null
                                ? null
                                : rs.getTimestamp("link_applied_at").toInstant()))
                .list();
    }

    /** The winners' names of an award notice, in order, without repeats. */
    List<String> winnerNames(long rowId) {
        return jdbc.sql("""
                        SELECT winner_name FROM tender_notice_award WHERE notice_row_id = :row
                        GROUP BY winner_name ORDER BY min(position)""").param("row", rowId).query(String.class).list();
    }

    /** The entry another notice of the same procedure (BT-04) is linked to. */
    Optional<String> referenceOfProcedure(String procedureId, long exceptRowId) {
        return jdbc.sql("""
                        SELECT procurement_reference FROM tender_notice
                        WHERE procedure_id = :procedure AND id <> :row AND procurement_reference IS NOT NULL
                        ORDER BY id DESC LIMIT 1""")
                .param("procedure", procedureId)
                .param("row", exceptRowId)
                .query(String.class)
                .optional();
    }

    /** The entry on which staff stored this notice ID. */
    Optional<String> referenceExpecting(String noticeId) {
        return jdbc.sql("SELECT procurement_reference FROM tender_expected_notice WHERE notice_id = :id LIMIT 1")
                .param("id", noticeId)
                .query(String.class)
                .optional();
    }

    Optional<String> expectedNoticeId(String reference) {
        return jdbc.sql("SELECT notice_id FROM tender_expected_notice WHERE procurement_reference = :reference")
                .param("reference", reference)
                .query(String.class)
                .optional();
    }

    void expectNotice(String reference, @Nullable String noticeId, String user, Instant now) {
        if (noticeId == null) {
            jdbc.sql("DELETE FROM tender_expected_notice WHERE procurement_reference = :reference")
                    .param("reference", reference)
                    .update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO tender_expected_notice (procurement_reference, notice_id, set_by, set_at)
                        VALUES (:reference, :noticeId, :user, :now)
                        ON CONFLICT (procurement_reference) DO UPDATE
                        SET notice_id = excluded.notice_id, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("reference", reference)
                .param("noticeId", noticeId)
                .param("user", user)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    /** The unlinked notices (not change notices) with this notice ID, newest version last. */
    List<Long> unlinkedRowsOf(String noticeId) {
        return jdbc.sql("""
                        SELECT id FROM tender_notice
                        WHERE notice_id = :id AND changes_notice_id IS NULL AND procurement_reference IS NULL
                        ORDER BY id""").param("id", noticeId).query(Long.class).list();
    }

    Optional<String> procedureIdOf(long rowId) {
        return jdbc.sql("SELECT procedure_id FROM tender_notice WHERE id = :id AND procedure_id IS NOT NULL")
                .param("id", rowId)
                .query(String.class)
                .optional();
    }

    /** The unlinked notices (not change notices) of this procedure. */
    List<Long> unlinkedRowsOfProcedure(String procedureId) {
        return jdbc.sql("""
                        SELECT id FROM tender_notice
                        WHERE procedure_id = :procedure AND changes_notice_id IS NULL AND procurement_reference IS NULL
                        ORDER BY id""").param("procedure", procedureId).query(Long.class).list();
    }

    @Nullable
    String linkedReference(long rowId) {
        return jdbc.sql("SELECT procurement_reference FROM tender_notice WHERE id = :id")
                .param("id", rowId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    boolean cancels(long changeRowId) {
        return jdbc.sql("""
                        SELECT reason_code IN ('cancel', 'cancel-intent') FROM tender_notice_change
                        WHERE change_row_id = :row""")
                .param("row", changeRowId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** A linked contract notice cancelled by a change notice with BT-140 {@code cancel}, and the change's description. */
    record Cancellation(long noticeRowId, @Nullable String description) {}

    /** The latest cancellation of a contract notice linked to the entry (a cancelling change notice applied to it). */
    Optional<Cancellation> cancellation(String reference) {
        return jdbc.sql("""
                        SELECT t.id, ch.description
                        FROM tender_notice t
                        JOIN tender_notice_change ch
                          ON ch.target_notice_id = t.notice_id AND ch.target_version = t.notice_version
                        WHERE t.procurement_reference = :reference AND t.changes_notice_id IS NULL AND t.cancelled
                          AND t.kind = 'CONTRACT'
                          AND ch.reason_code = 'cancel' AND ch.applied_at IS NOT NULL
                        ORDER BY ch.received_at DESC, ch.change_row_id DESC
                        LIMIT 1""")
                .param("reference", reference)
                .query((rs, n) -> new Cancellation(rs.getLong("id"), rs.getString("description")))
                .optional();
    }

    /** The kinds of the notices linked to the entry (change notices aside), and whether each was cancelled. */
    record LinkedKind(long rowId, Notice.Kind kind, boolean cancelled) {}

    List<LinkedKind> linkedKinds(String reference) {
        return jdbc.sql("""
                        SELECT id, kind, cancelled FROM tender_notice
                        WHERE procurement_reference = :reference AND changes_notice_id IS NULL ORDER BY id""")
                .param("reference", reference)
                .query((rs, n) -> new LinkedKind(
                        rs.getLong("id"), Notice.Kind.valueOf(rs.getString("kind")), rs.getBoolean("cancelled")))
                .list();
    }
}
