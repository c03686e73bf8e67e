package dk.samspil.alerts.internal.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads subscriptions for the in-memory index: all active ones, or what changed since a change number. Each read
 * runs in its own short transaction that first takes the exclusive advisory lock of V16, so every change that has
 * drawn a change number is committed (or rolled back) before the read, and no change can later appear below the
 * highest number returned. Must not be called from a transaction that has itself changed subscriptions (it would
 * wait for that transaction, which waits for it); the lock timeout turns such a mistake into an error.
 */
class SubscriptionChanges {

    static final long CHANGE_LOCK = 1935765612L;

    private static final String COLUMNS = """
            id, subscriber_id, procurement_reference, cpv_codes, keywords, excluded_keywords, buying_units,
            min_value_dkk, max_value_dkk, sme_suitable_only, notify_on, frequency, status, change_seq""";

    /** Active subscriptions, and the change number the index is current with after applying them. */
    record Snapshot(List<MatchableSubscription> active, long changeSeq) {}

    /** Changed rows (upsert when active, else remove) and deleted ids since a change number. */
    record Changes(List<MatchableSubscription> active, List<Long> removed, long changeSeq) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration lockTimeout;

    SubscriptionChanges(JdbcClient jdbc, PlatformTransactionManager transactionManager, Duration lockTimeout) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lockTimeout = lockTimeout;
    }

    Snapshot all() {
        return transactions.execute(status -> {
            lock();
            long seq = jdbc.sql("""
                            SELECT greatest((SELECT coalesce(max(change_seq), 0) FROM alert_subscription),
                                            (SELECT coalesce(max(change_seq), 0) FROM alert_subscription_tombstone))""").query(Long.class).single();
            List<MatchableSubscription> active = new ArrayList<>();
            jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscription WHERE status = 'ACTIVE'")
                    .query(rs -> {
                        active.add(subscription(rs));
                    });
            return new Snapshot(active, seq);
        });
    }

    Changes since(long changeSeq) {
        return transactions.execute(status -> {
            lock();
            List<MatchableSubscription> active = new ArrayList<>();
            List<Long> removed = new ArrayList<>();
            long[] seen = {changeSeq};
            jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscription WHERE change_seq > :seq ORDER BY change_seq")
                    .param("seq", changeSeq)
                    .query(rs -> {
                        seen[0] = Math.max(seen[0], rs.getLong("change_seq"));
                        if ("ACTIVE".equals(rs.getString("status"))) {
                            active.add(subscription(rs));
                        } else {
                            removed.add(rs.getLong("id"));
                        }
                    });
            jdbc.sql("""
                            SELECT subscription_id, change_seq FROM alert_subscription_tombstone
                            WHERE change_seq > :seq ORDER BY change_seq""").param("seq", changeSeq).query(rs -> {
                seen[0] = Math.max(seen[0], rs.getLong("change_seq"));
                removed.add(rs.getLong("subscription_id"));
            });
            return new Changes(active, removed, seen[0]);
        });
    }

    private void lock() {
        jdbc.sql("SELECT set_config('lock_timeout', :timeout, true)")
                .param("timeout", lockTimeout.toMillis() + "ms")
                .query(String.class)
                .single();
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", CHANGE_LOCK)
                .query((rs, row) -> 1)
                .single();
    }

    private static MatchableSubscription subscription(ResultSet rs) throws SQLException {
        return new MatchableSubscription(
                rs.getLong("id"),
                rs.getLong("subscriber_id"),
                rs.getString("procurement_reference"),
                strings(rs, "cpv_codes"),
                strings(rs, "keywords"),
                strings(rs, "excluded_keywords"),
                strings(rs, "buying_units"),
                rs.getBigDecimal("min_value_dkk"),
                rs.getBigDecimal("max_value_dkk"),
                rs.getBoolean("sme_suitable_only"),
                strings(rs, "notify_on"),
                rs.getString("frequency"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
