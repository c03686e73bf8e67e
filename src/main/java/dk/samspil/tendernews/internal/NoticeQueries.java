package dk.samspil.tendernews.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What the notice pages show: stored notices with their lots, winners and changes, found by filters. */
@Repository
@Transactional(readOnly = true)
class NoticeQueries {

    /** A stored notice as the pages show it. */
    record NoticeRow(
            long id,
            String noticeId,
            String version,
            Notice.Kind kind,
            String noticeType,
            String subtype,
            @Nullable LocalDate issueDate,
            @Nullable String buyerName,
            @Nullable String buyerOrgNumber,
            @Nullable String title,
            @Nullable String description,
            @Nullable String internalId,
            @Nullable String procedureId,
            @Nullable String mainCpv,
            List<String> additionalCpv,
            @Nullable BigDecimal estimatedValue,
            @Nullable String currency,
            List<String> nuts,
            @Nullable OffsetDateTime submissionDeadline,
            @Nullable LocalDate futureNoticeDate,
            @Nullable String documentsUrl,
            @Nullable String changesNoticeId,
            @Nullable String changesVersion,
            @Nullable String changeReason,
            boolean cancelled,
            String source,
            Instant importedAt,
            @Nullable String procurementReference,
            @Nullable String linkedBy,
            @Nullable Instant linkApplied) {

        public boolean isChange() {
            return changesNoticeId != null;
        }

        public boolean linked() {
            return procurementReference != null;
        }

        /** A linked award notice whose entry has not moved yet: its contract notice is not linked. */
        public boolean waiting() {
            return linked() && kind == Notice.Kind.AWARD && linkApplied == null;
        }

        public List<String> cpvCodes() {
            List<String> codes = new ArrayList<>();
            if (mainCpv != null) {
                codes.add(mainCpv);
            }
            codes.addAll(additionalCpv);
            return codes;
        }
    }

    record LotRow(
            String lotId,
            @Nullable String title,
            @Nullable String mainCpv,
            @Nullable BigDecimal value,
            @Nullable String currency) {}

    record WinnerRow(
            @Nullable String lotId,
            String name,
            @Nullable String orgNumber,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    /** A change notice's change of this notice (or, for a change notice, of its notice). */
    record ChangeRow(
            long changeRowId,
            String changeNoticeId,
            String targetNoticeId,
            String targetVersion,
            @Nullable String reasonCode,
            @Nullable String description,
            Instant receivedAt,
            @Nullable Instant appliedAt) {}

    /** The staff list's filters; empty values do not filter. */
    record Filter(
            @Nullable String q,
            Notice.@Nullable Kind kind,
            @Nullable Boolean linked,
            @Nullable String buyer) {

        static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    private static final String COLUMNS = """
            id, notice_id, notice_version, kind, notice_type, subtype, issue_date, buyer_name, buyer_org_number, title,
            description, internal_id, procedure_id, main_cpv, additional_cpv, estimated_value, currency, nuts,
            submission_deadline, future_notice_date, documents_url, changes_notice_id, changes_version, change_reason,
            cancelled, source, imported_at, procurement_reference, linked_by, link_applied_at""";

    private final JdbcClient jdbc;

    NoticeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NoticeRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tender_notice WHERE id = :id")
                .param("id", id)
                .query(NoticeQueries::row)
                .optional();
    }

    /** The newest notices first (by import), at most {@code limit}. */
    List<NoticeRow> list(Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM tender_notice WHERE true");
        var statement = new java.util.LinkedHashMap<String, Object>();
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" AND (title ILIKE :q OR buyer_name ILIKE :q OR notice_id ILIKE :q OR internal_id ILIKE :q")
                    .append(" OR procurement_reference ILIKE :q)");
            statement.put("q", "%" + likeEscaped(filter.q().trim()) + "%");
        }
        if (filter.kind() != null) {
            sql.append(" AND kind = :kind");
            statement.put("kind", filter.kind().name());
        }
        if (filter.linked() != null) {
            sql.append(
                    filter.linked() ? " AND procurement_reference IS NOT NULL" : " AND procurement_reference IS NULL");
        }
        if (filter.buyer() != null && !filter.buyer().isBlank()) {
            sql.append(" AND regexp_replace(coalesce(buyer_org_number, ''), '[^0-9]', '', 'g') = :buyer");
            statement.put("buyer", OrgNumbers.digits(filter.buyer()));
        }
        sql.append(" ORDER BY imported_at DESC, id DESC LIMIT :limit");
        statement.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(statement)
                .query(NoticeQueries::row)
                .list();
    }

    /** The notices linked to an entry, oldest first. */
    List<NoticeRow> linkedTo(String reference) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM tender_notice WHERE procurement_reference = :reference ORDER BY issue_date, id")
                .param("reference", reference)
                .query(NoticeQueries::row)
                .list();
    }

    List<LotRow> lots(long id) {
        return jdbc.sql("""
                        SELECT lot_id, title, main_cpv, estimated_value, currency FROM tender_notice_lot
                        WHERE notice_row_id = :id ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new LotRow(
                        rs.getString("lot_id"),
                        rs.getString("title"),
                        rs.getString("main_cpv"),
                        rs.getBigDecimal("estimated_value"),
                        rs.getString("currency")))
                .list();
    }

    List<WinnerRow> winners(long id) {
        return jdbc.sql("""
                        SELECT lot_id, winner_name, winner_org_number, amount, currency FROM tender_notice_award
                        WHERE notice_row_id = :id ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new WinnerRow(
                        rs.getString("lot_id"),
                        rs.getString("winner_name"),
                        rs.getString("winner_org_number"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency")))
                .list();
    }

    /** The changes of this notice (every version of it), and for a change notice the change it makes. */
    List<ChangeRow> changes(NoticeRow notice) {
        return jdbc.sql("""
                        SELECT c.change_row_id, n.notice_id AS change_notice_id, c.target_notice_id, c.target_version,
                               c.reason_code, c.description, c.received_at, c.applied_at
                        FROM tender_notice_change c JOIN tender_notice n ON n.id = c.change_row_id
                        WHERE c.target_notice_id = :noticeId OR c.change_row_id = :id
                        ORDER BY c.received_at, c.change_row_id""")
                .param("noticeId", notice.noticeId())
                .param("id", notice.id())
                .query((rs, n) -> new ChangeRow(
                        rs.getLong("change_row_id"),
                        rs.getString("change_notice_id"),
                        rs.getString("target_notice_id"),
                        rs.getString("target_version"),
                        rs.getString("reason_code"),
                        rs.getString("description"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("applied_at") == null
                                ? null
                                : rs.getTimestamp("applied_at").toInstant()))
                .list();
    }

    /** The row id of the stored notice a change notice changes, when it is here. */
    Optional<Long> rowOf(String noticeId, String version) {
        return jdbc.sql("SELECT id FROM tender_notice WHERE notice_id = :id AND notice_version = :version")
                .param("id", noticeId)
                .param("version", version)
                .query(Long.class)
                .optional();
    }

    long countSince(Instant since) {
        return jdbc.sql("SELECT count(*) FROM tender_notice WHERE imported_at >= :since AND changes_notice_id IS NULL")
                .param("since", java.sql.Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    long countUnlinked() {
        return jdbc.sql("""
                        SELECT count(*) FROM tender_notice
                        WHERE procurement_reference IS NULL AND changes_notice_id IS NULL AND NOT cancelled""").query(Long.class).single();
    }

    static NoticeRow row(ResultSet rs, int n) throws SQLException {
        return new NoticeRow(
                rs.getLong("id"),
                rs.getString("notice_id"),
                rs.getString("notice_version"),
                Notice.Kind.valueOf(rs.getString("kind")),
                rs.getString("notice_type"),
                rs.getString("subtype"),
                rs.getObject("issue_date", LocalDate.class),
                rs.getString("buyer_name"),
                rs.getString("buyer_org_number"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("internal_id"),
                rs.getString("procedure_id"),
                rs.getString("main_cpv"),
                strings(rs.getArray("additional_cpv")),
                rs.getBigDecimal("estimated_value"),
                rs.getString("currency"),
                strings(rs.getArray("nuts")),
                rs.getObject("submission_deadline", OffsetDateTime.class),
                rs.getObject("future_notice_date", LocalDate.class),
                rs.getString("documents_url"),
                rs.getString("changes_notice_id"),
                rs.getString("changes_version"),
                rs.getString("change_reason"),
                rs.getBoolean("cancelled"),
                rs.getString("source"),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("procurement_reference"),
                rs.getString("linked_by"),
                rs.getTimestamp("link_applied_at") == null
                        ? null
                        : rs.getTimestamp("link_applied_at").toInstant());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
