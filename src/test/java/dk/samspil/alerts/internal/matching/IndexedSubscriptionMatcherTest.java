package dk.samspil.alerts.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samspil.alerts.internal.Frequency;
import dk.samspil.alerts.internal.matching.MatchReason.Field;
import dk.samspil.alerts.internal.matching.MatchReason.Kind;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IndexedSubscriptionMatcherTest extends IntegrationTest {

    private static final String INSERT = """
            INSERT INTO alert_subscription (subscriber_id, kind, procurement_reference, keywords, notify_on, frequency,
                status, created_at)
            VALUES (?, ?, ?, ?::text[], '{NEW_ENTRY,MATERIAL_CHANGE}', 'IMMEDIATE', ?, now()) RETURNING id""";

    @Autowired
    SubscriptionMatcher matcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void everyCommittedChangeIsSeenByTheNextMatch() {
        long subscriber = subscriber();
        String word = uniqueWord();
        String otherWord = uniqueWord();
        long id = jdbc.sql(INSERT)
                .params(subscriber, "CRITERIA", null, "{" + word + "}", "PENDING")
                .query(Long.class)
                .single();
        assertThat(ids(word)).as("pending").doesNotContain(id);

        jdbc.sql("UPDATE alert_subscription SET status = 'ACTIVE' WHERE id = ?")
                .param(id)
                .update();
        List<SubscriptionMatch> confirmed = matches(target(word), "NEW_ENTRY");
        assertThat(confirmed)
                .filteredOn(match -> match.subscriptionId() == id)
                .singleElement()
                .satisfies(match -> {
                    assertThat(match.subscriberId()).isEqualTo(subscriber);
                    assertThat(match.frequency()).isEqualTo(Frequency.IMMEDIATE);
                    assertThat(match.reasons()).containsExactly(new MatchReason(Kind.KEYWORD, word, word, Field.TITLE));
                });
        assertThat(matches(target(word), "REMINDER"))
                .extracting(SubscriptionMatch::subscriptionId)
                .as("not asked for reminders")
                .doesNotContain(id);

        jdbc.sql("UPDATE alert_subscription SET keywords = ?::text[] WHERE id = ?")
                .params("{" + otherWord + "}", id)
                .update();
        assertThat(ids(word)).as("edited away").doesNotContain(id);
        assertThat(ids(otherWord)).as("edited to").contains(id);

        jdbc.sql("UPDATE alert_subscription SET status = 'PAUSED' WHERE id = ?")
                .param(id)
                .update();
        assertThat(ids(otherWord)).as("paused").doesNotContain(id);
        jdbc.sql("UPDATE alert_subscription SET status = 'ACTIVE' WHERE id = ?")
                .param(id)
                .update();
        assertThat(ids(otherWord)).as("resumed").contains(id);

        jdbc.sql("DELETE FROM alert_subscription WHERE id = ?").param(id).update();
        assertThat(ids(otherWord)).as("deleted").doesNotContain(id);
    }

    @Test
    void followersMatchTheirEntryAndDisappearWithTheirSubscriber() {
        long subscriber = subscriber();
        String reference = "TEST-" + UUID.randomUUID();
        long id = jdbc.sql(INSERT)
                .params(subscriber, "FOLLOW", reference, "{}", "ACTIVE")
                .query(Long.class)
                .single();
        MatchTarget news = new MatchTarget(
                List.of(reference), "Nyt om indkøbet", "", List.of(), List.of(), null, null, null, false);
        assertThat(matches(news, "MATERIAL_CHANGE"))
                .filteredOn(match -> match.subscriptionId() == id)
                .singleElement()
                .extracting(SubscriptionMatch::reasons)
                .isEqualTo(List.of(new MatchReason(Kind.FOLLOW, reference, reference, null)));

        jdbc.sql("DELETE FROM alert_subscriber WHERE id = ?").param(subscriber).update();
        assertThat(matches(news, "MATERIAL_CHANGE"))
                .extracting(SubscriptionMatch::subscriptionId)
                .doesNotContain(id);
    }

    /**
     * A transaction draws a change number, another commits a higher one, then the first commits: the match in
     * between must wait for the first instead of skipping its change for good.
     */
    @Test
    void aChangeCommittedAfterAHigherNumberedOneIsNotMissed() throws Exception {
        long subscriber = subscriber();
        String word = uniqueWord();
        assertThat(ids(word)).isEmpty();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long early = insert(slow, subscriber, word);
            long late = jdbc.sql(INSERT)
                    .params(subscriber, "CRITERIA", null, "{" + word + "}", "ACTIVE")
                    .query(Long.class)
                    .single();
            assertThat(changeSeq(late)).isGreaterThan(changeSeqInTransaction(slow, early));

            CompletableFuture<List<Long>> waiting = CompletableFuture.supplyAsync(() -> ids(word));
            await("the match to wait for the change lock")
                    .atMost(Background.PATIENCE)
                    .untilAsserted(() -> assertThat(waitingForTheChangeLock()).isPositive());
            assertThat(waiting).as("waits for the open transaction").isNotDone();
            slow.commit();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).containsExactlyInAnyOrder(early, late);
            assertThat(ids(word)).containsExactlyInAnyOrder(early, late);
        }
    }

    private List<SubscriptionMatch> matches(MatchTarget target, String notifyOn) {
        return matcher.match(target, notifyOn);
    }

    private List<Long> ids(String word) {
        return matches(target(word), "NEW_ENTRY").stream()
                .map(SubscriptionMatch::subscriptionId)
                .toList();
    }

    private static MatchTarget target(String word) {
        return new MatchTarget(List.of(), "Udbud " + word, "", List.of(), List.of(), null, null, null, false);
    }

    private long subscriber() {
        return jdbc.sql("INSERT INTO alert_subscriber (email, created_at) VALUES (?, ?) RETURNING id")
                .params("matching-" + UUID.randomUUID() + "@example.dk", java.sql.Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    private static String uniqueWord() {
        return "kvist" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Sessions waiting for the lock that a match takes exclusively and a subscription change takes shared (V16). */
    private long waitingForTheChangeLock() {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_locks
                        WHERE locktype = 'advisory' AND NOT granted
                          AND classid = 0 AND objid::bigint = :key AND objsubid = 1""")
                .param("key", SubscriptionChanges.CHANGE_LOCK)
                .query(Long.class)
                .single();
    }

    private long changeSeq(long id) {
        return jdbc.sql("SELECT change_seq FROM alert_subscription WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private static long insert(Connection connection, long subscriber, String word) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, subscriber);
            insert.setString(2, "CRITERIA");
            insert.setString(3, null);
            insert.setString(4, "{" + word + "}");
            insert.setString(5, "ACTIVE");
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long changeSeqInTransaction(Connection connection, long id) throws Exception {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT change_seq FROM alert_subscription WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
