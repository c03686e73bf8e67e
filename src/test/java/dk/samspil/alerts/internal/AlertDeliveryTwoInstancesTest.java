package dk.samspil.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.SamspilApplication;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestDatabase;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances on one database, both sending mail to the same SMTP server: a subscription made on one is matched
 * by the other, and every alert is sent exactly once.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AlertDeliveryTwoInstancesTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    AlertSubscriptions subscriptions;

    @Autowired
    ProcurementService procurements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubscriptionMadeOnOneInstanceIsMatchedOnTheOtherAndEveryAlertIsSentOnce() throws Exception {
        Instant started = Instant.now();
        List<String> emails = new ArrayList<>();
        List<Long> subscriberIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "to-instanser-" + UUID.randomUUID() + "@example.dk";
            emails.add(email);
            Criteria criteria = new Criteria(
                    List.of("71300000"),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    false,
                    List.of("NEW_ENTRY"),
                    "IMMEDIATE");
            subscriptions.subscribe(
                    new SubscriptionRequest(email, null, null, "da", criteria), ConsentSource.WEB, "127.0.0.1");
            long subscriber = jdbc.sql("SELECT id FROM alert_subscriber WHERE email = :email")
                    .param("email", email)
                    .query(Long.class)
                    .single();
            subscriptions.confirm(subscriber, "127.0.0.1");
            subscriberIds.add(subscriber);
        }

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(SamspilApplication.class)
                .profiles("test")
                .properties(
                        "spring.datasource.url=" + TestDatabase.jdbcUrl(),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres",
                        "server.port=0",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + SMTP_PORT)
                .run()) {
            ProcurementService secondProcurements = second.getBean(ProcurementService.class);
            List<String> references = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String reference = PublicEntries.uniqueReference("TI");
                ProcurementService instance = i % 2 == 0 ? secondProcurements : procurements;
                instance.createDraft(
                        reference,
                        PublicEntries.simple(
                                "Rådgivning " + PublicEntries.uniqueWord(),
                                "71311000",
                                ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 1)));
                instance.publish(reference);
                references.add(reference);
            }

            int expected = emails.size() * references.size();
            // once both instances' listeners are done and the outbox is sent, nothing more is on its way
            Background.awaitListeners(jdbc, "dk.samspil.alerts.", started);
            emails.forEach(email -> Background.awaitOutboxSent(jdbc, email));
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM outbox_message o JOIN alert_delivery d ON d.outbox_id = o.id
                            WHERE o.status = 'SENT' AND d.subscriber_id = ANY (:ids)""")
                            .param("ids", subscriberIds.toArray(Long[]::new))
                            .query(Long.class)
                            .single())
                    .isEqualTo(expected);

            List<String> messageIds = new ArrayList<>();
            for (String email : emails) {
                for (MimeMessage mail : greenMail.getReceivedMessagesForDomain(email)) {
                    if (mail.getSubject().startsWith("Nyt kommende indkøb")) {
                        messageIds.add(mail.getMessageID());
                    }
                }
            }
            assertThat(messageIds).hasSize(expected).doesNotHaveDuplicates();
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM alert_delivery
                            WHERE subscriber_id = ANY (:ids) AND procurement_reference = ANY (:references)""")
                            .param("ids", subscriberIds.toArray(Long[]::new))
                            .param("references", references.toArray(String[]::new))
                            .query(Long.class)
                            .single())
                    .isEqualTo(expected);
        } finally {
            subscriberIds.forEach(id -> jdbc.sql("DELETE FROM alert_subscriber WHERE id = :id")
                    .param("id", id)
                    .update());
        }
    }
}
