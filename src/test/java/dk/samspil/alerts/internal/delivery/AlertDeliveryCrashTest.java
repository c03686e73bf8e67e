package dk.samspil.alerts.internal.delivery;

import static dk.samspil.alerts.internal.delivery.DeliveryFixture.ALL_KINDS;
import static dk.samspil.alerts.internal.delivery.DeliveryFixture.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doThrow;

import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A crash after matching and before the listener's transaction commits loses nothing and sends nothing twice: the
 * event publication stays incomplete, and resubmitting it delivers exactly one alert.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AlertDeliveryCrashTest extends IntegrationTest {

    /** Writing the mails comes after matching and inserting the rows, and before the commit. */
    @MockitoSpyBean
    AlertMailWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcurementService procurements;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void theEventStaysIncompleteAndItsResubmissionDeliversExactlyOneAlert() {
        DeliveryFixture fixture = new DeliveryFixture(jdbc, procurements);
        String email = email();
        long subscriber = fixture.subscriber(email);
        try {
            fixture.cpv(subscriber, "79713000", "IMMEDIATE", ALL_KINDS);
            doThrow(new IllegalStateException("Crash between matching and commit"))
                    .doCallRealMethod()
                    .when(writer)
                    .batch();

            String reference = fixture.publish("Vagtservice " + PublicEntries.uniqueWord(), "79713000");
            Predicate<EventPublication> ours = publication -> publication.getEvent() instanceof ProcurementPublished p
                    && p.procurement().reference().equals(reference)
                    && publication.getIdentifier() != null;
            awaitPublication(reference, "FAILED");

            assertThat(fixture.deliveries(subscriber)).isEmpty();
            assertThat(fixture.outboxMessages(email)).isZero();

            incomplete.resubmitIncompletePublications(ours);
            awaitPublication(reference, "COMPLETED");
            incomplete.resubmitIncompletePublications(ours);

            assertThat(fixture.deliveries(subscriber))
                    .singleElement()
                    .satisfies(row -> assertThat(row.get("status")).isEqualTo("QUEUED"));
            assertThat(fixture.outboxMessages(email)).isEqualTo(1);
        } finally {
            fixture.delete(subscriber);
        }
    }

    /**
     * Waits for the publication of the entry's event to the delivery listener to reach the status. Incomplete is not
     * enough for a failure: a publication is incomplete from the start, before its listener has even run.
     */
    private void awaitPublication(String reference, String status) {
        await("publication " + status)
                .atMost(Background.PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT status FROM event_publication
                        WHERE listener_id LIKE '%DeliveryListeners%' AND serialized_event LIKE :reference""")
                                .param("reference", "%\"" + reference + "\"%")
                                .query(String.class)
                                .single())
                        .isEqualTo(status));
    }
}
