package dk.samspil.alerts.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.IntegrationTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figure behind {@code bench/alert-delivery} (see docs/performance.md): how long from publishing an entry that
 * matches 10,000 confirmed subscriptions until all 10,000 alerts are in the outbox. Not a test (its name keeps it
 * out of the normal run) and no timed assertion: it prints the figure.
 */
class AlertDeliveryBenchmark extends IntegrationTest {

    private static final int SUBSCRIPTIONS = Integer.getInteger("bench.subscriptions", 10_000);
    /** Entries published after the first (cold) one; the figure is their median. */
    private static final int WARM_RUNS = 5;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcurementService procurements;

    @Test
    void publishToOutbox() {
        String cpv = "50700000";
        jdbc.sql("""
                        WITH subscriber AS (
                            INSERT INTO alert_subscriber (email, language, created_at)
                            SELECT 'bench-' || n || '-' || md5(random()::text) || '@example.dk',
                                   CASE WHEN n % 5 = 0 THEN 'en' ELSE 'da' END, now()
                            FROM generate_series(1, :count) AS n
                            RETURNING id)
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        SELECT id, 'CRITERIA', ARRAY[:cpv], ARRAY['NEW_ENTRY', 'MATERIAL_CHANGE'], 'IMMEDIATE', 'ACTIVE',
                               now(), now()
                        FROM subscriber""").param("count", SUBSCRIPTIONS).param("cpv", cpv).update();

        double cold = publishAndWait(cpv, "50711000");
        double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            warm[i] = publishAndWait(cpv, "50712000");
        }

        System.out.printf(Locale.ROOT, "alert-delivery-cold alerts=%d seconds=%.3f%n", SUBSCRIPTIONS, cold);
        System.out.printf(
                Locale.ROOT,
                "alert-delivery-warm-runs seconds=%s%n",
                Arrays.stream(warm)
                        .mapToObj(seconds -> String.format(Locale.ROOT, "%.3f", seconds))
                        .toList());
        double[] sorted = warm.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT, "alert-delivery alerts=%d seconds=%.3f%n", SUBSCRIPTIONS, sorted[sorted.length / 2]);
    }

    /** Seconds from the publish call until every alert of the entry is QUEUED with its outbox message. */
    private double publishAndWait(String subscribed, String entryCpv) {
        String reference = new DeliveryFixture(jdbc, procurements)
                .draft(
                        "Vedligeholdelse af elevatorer " + PublicEntries.uniqueWord(),
                        entryCpv,
                        dk.samspil.pipeline.ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 3));
        long start = System.nanoTime();
        procurements.publish(reference);
        long queued = await("alerts queued for " + subscribed)
                .atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> jdbc.sql("""
                                SELECT count(*) FROM alert_delivery
                                WHERE procurement_reference = :reference AND status = 'QUEUED'
                                  AND outbox_id IS NOT NULL""")
                                .param("reference", reference)
                                .query(Long.class)
                                .single(),
                        n -> n >= SUBSCRIPTIONS);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(queued).as("alerts queued for " + subscribed).isEqualTo(SUBSCRIPTIONS);
        return seconds;
    }
}
