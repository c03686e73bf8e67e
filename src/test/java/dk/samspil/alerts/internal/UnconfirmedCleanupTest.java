package dk.samspil.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class UnconfirmedCleanupTest extends IntegrationTest {

    @Autowired
    AlertSubscriptions subscriptions;

    @Autowired
    UnconfirmedCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    private long subscribe(String email, String keyword) {
        return subscriptions.subscribe(
                new SubscriptionRequest(
                        email,
                        null,
                        null,
                        "da",
                        new Criteria(
                                List.of(), List.of(keyword), List.of(), List.of(), null, null, false, List.of(), null)),
                ConsentSource.WEB,
                "127.0.0.1");
    }

    private void age(String table, String column, long id, int days) {
        jdbc.sql("UPDATE " + table + " SET " + column + " = :at WHERE id = :id")
                .param("at", java.sql.Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)))
                .param("id", id)
                .update();
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void deletesOnlyOldUnconfirmedSubscriptionsAndSubscribersLeftWithoutAnyTwiceIsHarmless() {
        String oldEmail = "old-" + UUID.randomUUID() + "@example.dk";
        long old = subscribe(oldEmail, "tag");
        long oldSubscriber = count("SELECT subscriber_id FROM alert_subscription WHERE id = :id", old);
        age("alert_subscription", "created_at", old, 8);
        age("alert_subscriber", "created_at", oldSubscriber, 8);

        long fresh = subscribe("new-" + UUID.randomUUID() + "@example.dk", "tag");
        long confirmedOld = subscribe("kept-" + UUID.randomUUID() + "@example.dk", "tag");
        long keptSubscriber = count("SELECT subscriber_id FROM alert_subscription WHERE id = :id", confirmedOld);
        subscriptions.confirm(keptSubscriber, "127.0.0.1");
        age("alert_subscription", "created_at", confirmedOld, 8);

        cleanup.run();
        cleanup.run();

        assertThat(count("SELECT count(*) FROM alert_subscription WHERE id = :id", old))
                .isZero();
        assertThat(count("SELECT count(*) FROM alert_subscriber WHERE id = :id", oldSubscriber))
                .isZero();
        assertThat(count("SELECT count(*) FROM alert_subscription_tombstone WHERE subscription_id = :id", old))
                .isOne();
        assertThat(count("SELECT count(*) FROM alert_subscription WHERE id = :id", fresh))
                .isOne();
        assertThat(count("SELECT count(*) FROM alert_subscription WHERE id = :id", confirmedOld))
                .isOne();
    }
}
