package dk.samspil.newsletter.internal;

import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bench/outbox-throughput} (see docs/performance.md; the class name keeps it out of {@code mvn test}): a
 * campaign to 20,000 recipients is enqueued and sent to an SMTP sink on loopback that this class starts (it accepts
 * and discards every message), while an alert is enqueued every 250 ms; alerts must keep priority. Prints, as its
 * last line, {@code outbox-throughput recipients=… enqueue_s=… send_per_s=… alert_latency_p99_s=…}.
 */
@TestPropertySource(properties = {"samspil.outbox.poll-interval=100ms", "samspil.newsletter.scheduler-interval=1h"})
class OutboxThroughputBenchmark extends IntegrationTest {

    private static final Sink SINK = Sink.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SINK::port);
    }

    @AfterAll
    static void stopSink() throws IOException {
        SINK.close();
    }

    @Autowired
    NewsletterLists lists;

    @Autowired
    Campaigns campaigns;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void campaignToTwentyThousand() throws Exception {
        int recipients = Integer.getInteger("bench.recipients", 20_000);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long list = lists.create(
                new NewsletterLists.NewList("Bench " + tag, "Måling.", MailingList.Visibility.PUBLIC, false, false));
        jdbc.sql("""
                        INSERT INTO alert_subscriber (email, language, created_at, used_by)
                        SELECT 'bench-' || g || '-' || :tag || '@example.dk', 'da', now(), '{newsletter}'
                        FROM generate_series(1, :n) g""").param("tag", tag).param("n", recipients).update();
        jdbc.sql("""
                        INSERT INTO newsletter_subscription (list_id, subscriber_id, status, legal_basis, created_at, confirmed_at)
                        SELECT :list, id, 'ACTIVE', 'CONSENT', now(), now() FROM alert_subscriber
                        WHERE email LIKE 'bench-%-' || :tag || '@example.dk'""").param("list", list).param("tag", tag).update();
        long campaign = campaigns.create(
                new Campaigns.Draft("Nyt fra erhvervscentret", """
                # Velkommen til årets første nyhedsbrev

                Erhvervscentret holder **åbent hus** den 14. januar. Læs mere på [vores side](https://example.dk/aabent-hus).

                - Kurser i offentlige udbud
                - Netværksmøde for byggeriet
                """, List.of(list), null, null), "bench@example.dk");

        // alerts enqueued while the campaign goes out: each one's wait until the sender marks it SENT
        Map<Long, Long> alertQueuedAt = new ConcurrentHashMap<>();
        Map<Long, Long> alertSentAt = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread alerts = new Thread(
                () -> {
                    int i = 0;
                    while (running.get()) {
                        String email = "alert-" + (i++) + "-" + tag + "@example.dk";
                        Long id = transactions.execute(status -> outbox.enqueue(OutgoingMail.of(
                                "alerts.alert",
                                email,
                                "Nyt kommende indkøb",
                                "Et nyt indkøb matcher jeres varsling.")));
                        alertQueuedAt.put(id, System.nanoTime());
                        sleep(250);
                    }
                },
                "bench-alerts");

        long start = System.nanoTime();
        int queued = campaigns.send(campaign);
        double enqueueSeconds = (System.nanoTime() - start) / 1e9;
        long sendStart = System.nanoTime();
        alerts.start();
        AtomicLong lastCampaignSent = new AtomicLong();
        while (true) {
            List<Long> pendingAlerts = new ArrayList<>(alertQueuedAt.keySet());
            pendingAlerts.removeAll(alertSentAt.keySet());
            if (!pendingAlerts.isEmpty()) {
                long now = System.nanoTime();
                jdbc.sql("SELECT id FROM outbox_message WHERE id = ANY (:ids) AND status = 'SENT'")
                        .param("ids", pendingAlerts.toArray(Long[]::new))
                        .query(Long.class)
                        .list()
                        .forEach(id -> alertSentAt.putIfAbsent(id, now));
            }
            long pending = jdbc.sql("""
                            SELECT count(*) FROM outbox_message WHERE category = 'newsletter.campaign' AND status = 'PENDING'""").query(Long.class).single();
            if (pending == 0 && lastCampaignSent.get() == 0) {
                lastCampaignSent.set(System.nanoTime());
                running.set(false);
            }
            if (lastCampaignSent.get() != 0 && alertSentAt.keySet().containsAll(alertQueuedAt.keySet())) {
                break;
            }
            if (System.nanoTime() - sendStart > 600_000_000_000L) {
                throw new IllegalStateException("Not sent within 10 minutes: " + pending + " campaign mails pending");
            }
            sleep(50);
        }
        alerts.join();
        double sendSeconds = (lastCampaignSent.get() - sendStart) / 1e9;
        List<Double> latencies = new ArrayList<>();
        alertQueuedAt.forEach((id, at) -> latencies.add((alertSentAt.get(id) - at) / 1e9));
        Collections.sort(latencies);
        double p99 = latencies.isEmpty()
                ? 0
                : latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(latencies.size() * 0.99) - 1));
        long failed = jdbc.sql(
                        "SELECT count(*) FROM outbox_message WHERE status = 'FAILED' AND recipient LIKE '%-' || :tag || '@example.dk'")
                .param("tag", tag)
                .query(Long.class)
                .single();
        System.out.printf(
                "outbox-throughput-detail queued=%d failed=%d sink_messages=%d alerts=%d send_s=%.2f%n",
                queued, failed, SINK.messages.get(), latencies.size(), sendSeconds);
        System.out.printf(
                java.util.Locale.ROOT,
                "outbox-throughput recipients=%d enqueue_s=%.2f send_per_s=%.0f alert_latency_p99_s=%.2f%n",
                queued,
                enqueueSeconds,
                queued / sendSeconds,
                p99);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An SMTP server on loopback that accepts every message and throws it away. */
    static final class Sink implements AutoCloseable {

        private final ServerSocket socket;
        final AtomicLong messages = new AtomicLong();

        private Sink(ServerSocket socket) {
            this.socket = socket;
        }

        static Sink start() {
            try {
                Sink sink = new Sink(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
                Thread acceptor = new Thread(sink::accept, "smtp-sink");
                acceptor.setDaemon(true);
                acceptor.start();
                return sink;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    Thread session = new Thread(() -> converse(connection), "smtp-sink-session");
                    session.setDaemon(true);
                    session.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void converse(Socket connection) {
            try (connection;
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8), 65536);
                    OutputStream out = connection.getOutputStream()) {
                reply(out, "220 sink ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.length() > 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                    if (command.startsWith("EHLO")) {
                        reply(out, "250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    } else if (command.startsWith("DATA")) {
                        reply(out, "354 go ahead");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // discarded
                        }
                        messages.incrementAndGet();
                        reply(out, "250 2.0.0 Ok");
                    } else if (command.startsWith("QUIT")) {
                        reply(out, "221 Bye");
                        return;
                    } else {
                        reply(out, "250 Ok");
                    }
                }
            } catch (IOException ignored) {
                // the client went away
            }
        }

        private static void reply(OutputStream out, String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
