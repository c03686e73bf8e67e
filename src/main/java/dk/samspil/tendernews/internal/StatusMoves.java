package dk.samspil.tendernews.internal;

import dk.samspil.pipeline.ProcurementStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the pipeline moves that linked notices made ({@code tender_status_move}): what unlinking a notice needs
 * to take its move back.
 */
@Repository
class StatusMoves {

    /** A move a notice made: the entry's status before (with its reason and tender address) and after. */
    record Move(
            long id,
            long noticeRowId,
            ProcurementStatus from,
            @Nullable String fromReason,
            @Nullable String fromTenderUrl,
            ProcurementStatus to,
            long changeId) {}

    /** The entry as it was before a move, and the move's change log entry. */
    record Moved(
            ProcurementStatus from,
            @Nullable String fromReason,
            @Nullable String fromTenderUrl,
            ProcurementStatus to,
            long changeId) {}

    private final JdbcClient jdbc;

    StatusMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String reference, long noticeRowId, Moved moved, Instant now) {
        jdbc.sql("""
                        INSERT INTO tender_status_move (procurement_reference, notice_row_id, from_status, from_reason,
                                                        from_tender_url, to_status, change_id, moved_at)
                        VALUES (:reference, :row, :from, :fromReason, :fromUrl, :to, :change, :now)""")
                .param("reference", reference)
                .param("row", noticeRowId)
                .param("from", moved.from().name())
                .param("fromReason", moved.fromReason())
                .param("fromUrl", moved.fromTenderUrl())
                .param("to", moved.to().name())
                .param("change", moved.changeId())
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    /** The entry's moves that were not taken back, newest first. */
    List<Move> activeMoves(String reference) {
        return jdbc.sql("""
                        SELECT id, notice_row_id, from_status, from_reason, from_tender_url, to_status, change_id
                        FROM tender_status_move
                        WHERE procurement_reference = :reference AND undone_change_id IS NULL
                        ORDER BY id DESC""")
                .param("reference", reference)
                .query(StatusMoves::move)
                .list();
    }

    /** The change log entries of all moves of the entry and of taking them back. */
    List<Long> changeIds(String reference) {
        return jdbc.sql("""
                        SELECT change_id FROM tender_status_move WHERE procurement_reference = :reference
                        UNION SELECT undone_change_id FROM tender_status_move
                        WHERE procurement_reference = :reference AND undone_change_id IS NOT NULL""").param("reference", reference).query(Long.class).list();
    }

    void undone(List<Long> moveIds, long changeId, Instant now) {
        jdbc.sql("""
                        UPDATE tender_status_move SET undone_change_id = :change, undone_at = :now
                        WHERE id = ANY(:ids)""")
                .param("change", changeId)
                .param("now", java.sql.Timestamp.from(now))
                .param("ids", moveIds.toArray(Long[]::new))
                .update();
    }

    /** Another linked notice now answers for the move: unlinking that one takes it back. */
    void handOver(long moveId, long noticeRowId) {
        jdbc.sql("UPDATE tender_status_move SET notice_row_id = :row WHERE id = :id")
                .param("row", noticeRowId)
                .param("id", moveId)
                .update();
    }

    private static Move move(ResultSet rs, int n) throws SQLException {
        return new Move(
                rs.getLong("id"),
                rs.getLong("notice_row_id"),
                ProcurementStatus.valueOf(rs.getString("from_status")),
                rs.getString("from_reason"),
                rs.getString("from_tender_url"),
                ProcurementStatus.valueOf(rs.getString("to_status")),
                rs.getLong("change_id"));
    }
}
