package dk.samspil.platform.internal.mail;

import dk.samspil.platform.MailDeliveryFailed;
import dk.samspil.platform.PlatformProperties;
import jakarta.activation.DataHandler;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers due outbox messages over SMTP; exists only when a mail server is configured ({@code spring.mail.host}).
 * Every message is claimed with {@code FOR UPDATE SKIP LOCKED} and sent while its transaction holds the row lock,
 * so several threads and instances never send the same message. Each message gets its own transaction: when
 * marking one message fails, the messages already sent in this round stay marked and are not sent twice.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_RETRY_DELAY = Duration.ofHours(6);
    /** A bound on one round, so a poll always ends. */
    private static final int MAX_PER_ROUND = 100_000;

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};
    private static final TypeReference<List<StoredMail.StoredAttachment>> ATTACHMENTS = new TypeReference<>() {};

    private final JavaMailSender mailSender;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final PlatformProperties.Mail mail;
    private final PlatformProperties.Outbox outbox;
    private final DomainRateLimits domains;
    private final ExecutorService workers;
    /** Which instance made an attempt: {@code pid@hostname}. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    OutboxSender(
            JavaMailSender mailSender,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            PlatformProperties properties) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
        this.mail = properties.mail();
        this.outbox = properties.outbox();
        this.domains = new DomainRateLimits(outbox.domainRateLimits());
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(outbox.senderThreads(), runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelayString = "${samspil.outbox.poll-interval:5s}")
    void poll() {
        int handled = sendDueNow();
        if (handled > 0) {
            log.info("Outbox: {} message(s) handled", handled);
        }
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    /**
     * Sends everything that is due now: {@code samspil.outbox.sender-threads} workers, each claiming batches of up to
     * {@code samspil.outbox.batch-size} messages (bulk last) and sending a batch over one SMTP connection, until none
     * is due. Returns how many messages were handled.
     */
    public int sendDueNow() {
        int threads = outbox.senderThreads();
        if (threads == 1) {
            return drain();
        }
        List<Future<Integer>> running = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            running.add(workers.submit(this::drain));
        }
        int handled = 0;
        for (Future<Integer> worker : running) {
            try {
                handled += worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return handled;
            } catch (ExecutionException e) {
                log.warn("Outbox sender worker failed: {}", e.getCause().toString());
            }
        }
        return handled;
    }

    private int drain() {
        int handled = 0;
        while (handled < MAX_PER_ROUND) {
            Integer batch = transactions.execute(status -> sendBatch());
            if (batch == null || batch == 0) {
                break;
            }
            handled += batch;
        }
        return handled;
    }

    /** Claims a batch of due messages, sends them over one connection and marks them, in one transaction. */
    private int sendBatch() {
        Instant now = clock.instant();
        List<StoredMail> due = jdbc.sql("""
                        SELECT id, category, recipient, subject, body_text, body_html, headers, message_id, from_name, attempts,
                               attachments
                        FROM outbox_message
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY bulk, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .param("limit", outbox.batchSize())
                .query((rs, row) -> new StoredMail(
                        rs.getLong("id"),
                        rs.getString("category"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        json.readValue(rs.getString("headers"), HEADERS),
                        rs.getString("message_id"),
                        rs.getString("from_name"),
                        rs.getInt("attempts"),
                        json.readValue(rs.getString("attachments"), ATTACHMENTS)))
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> suppressed = suppressed(due);
        List<StoredMail> sending = new ArrayList<>(due.size());
        List<MimeMessage> mimes = new ArrayList<>(due.size());
        List<Long> deferred = new ArrayList<>();
        for (StoredMail message : due) {
            if (suppressed.contains(JdbcMailSuppressions.normalise(message.recipient()))) {
                failed(message, now, new DeliveryFailure(true, "Suppressed: the address is on the suppression list"));
            } else if (!domains.tryAcquire(message.recipient())) {
                deferred.add(message.id());
            } else {
                try {
                    mimes.add(toMimeMessage(message));
                    sending.add(message);
                } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                    failed(message, now, DeliveryFailure.of(e));
                }
            }
        }
        if (!deferred.isEmpty()) {
            // over the domain's rate: tried again in a second, without counting an attempt
            jdbc.sql("UPDATE outbox_message SET next_attempt_at = :next WHERE id = ANY (:ids)")
                    .param("next", Timestamp.from(now.plusSeconds(1)))
                    .param("ids", deferred.toArray(Long[]::new))
                    .update();
        }
        Map<Object, Exception> failures = new IdentityHashMap<>();
        if (!mimes.isEmpty()) {
            try {
                // one connection for the whole batch (JavaMailSenderImpl reconnects only after a broken connection)
                mailSender.send(mimes.toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                failures.putAll(e.getFailedMessages());
                if (failures.isEmpty()) {
                    mimes.forEach(mime -> failures.put(mime, e));
                }
            } catch (MailException e) {
                mimes.forEach(mime -> failures.put(mime, e));
            }
        }
        List<Long> sent = new ArrayList<>(sending.size());
        for (int i = 0; i < sending.size(); i++) {
            Exception failure = failures.get(mimes.get(i));
            if (failure == null) {
                sent.add(sending.get(i).id());
            } else {
                failed(sending.get(i), now, DeliveryFailure.of(failure));
            }
        }
        markSent(sent, now);
        return due.size();
    }

    private Set<String> suppressed(List<StoredMail> messages) {
        String[] emails = messages.stream()
                .map(m -> JdbcMailSuppressions.normalise(m.recipient()))
                .distinct()
                .toArray(String[]::new);
        return new HashSet<>(jdbc.sql("SELECT email FROM mail_suppression WHERE email = ANY (:emails)")
                .param("emails", emails)
                .query(String.class)
                .list());
    }

    private void markSent(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        Long[] array = ids.toArray(Long[]::new);
        jdbc.sql("""
                        UPDATE outbox_message
                        SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL
                        WHERE id = ANY (:ids)""").param("now", Timestamp.from(now)).param("ids", array).update();
        jdbc.sql("""
                        INSERT INTO outbox_attempt (message_id, attempted_at, outcome, detail, instance)
                        SELECT id, :at, 'SENT', NULL, :instance FROM unnest(:ids) AS id""")
                .param("at", Timestamp.from(now))
                .param("instance", instance)
                .param("ids", array)
                .update();
    }

    private void failed(StoredMail message, Instant now, DeliveryFailure failure) {
        int attempts = message.attempts() + 1;
        boolean givingUp = failure.permanent() || attempts >= outbox.maxAttempts();
        jdbc.sql("""
                        UPDATE outbox_message
                        SET status = :status, attempts = :attempts, next_attempt_at = :next, last_error = :error
                        WHERE id = :id""")
                .param("status", givingUp ? "FAILED" : "PENDING")
                .param("attempts", attempts)
                .param(
                        "next",
                        Timestamp.from(givingUp ? now : now.plus(retryDelay(outbox.firstRetryDelay(), attempts))))
                .param("error", failure.reason())
                .param("id", message.id())
                .update();
        recordAttempt(
                message.id(), now, failure.permanent() ? "PERMANENT_FAILURE" : "TEMPORARY_FAILURE", failure.reason());
        log.warn(
                "Outbox message {} ({}) not delivered, attempt {}: {}",
                message.id(),
                message.category(),
                attempts,
                failure.reason());
        if (givingUp) {
            events.publishEvent(new MailDeliveryFailed(
                    message.id(), message.category(), message.recipient(), failure.permanent(), failure.reason()));
        }
    }

    /** {@code first × 2^(attempts-1)}, at most six hours. */
    static Duration retryDelay(Duration first, int attempts) {
        int doublings = Math.min(attempts - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_RETRY_DELAY) > 0 || delay.isNegative() ? MAX_RETRY_DELAY : delay;
    }

    private void recordAttempt(long messageId, Instant at, String outcome, String detail) {
        jdbc.sql("""
                        INSERT INTO outbox_attempt (message_id, attempted_at, outcome, detail, instance)
                        VALUES (:messageId, :at, :outcome, :detail, :instance)""")
                .param("messageId", messageId)
                .param("at", Timestamp.from(at))
                .param("outcome", outcome)
                .param("detail", detail)
                .param("instance", instance)
                .update();
    }

    private MimeMessage toMimeMessage(StoredMail message) throws MessagingException, UnsupportedEncodingException {
        // The sender's own session carries its mail.* settings; createMimeMessage() is the public way to reach it.
        Session session = mailSender.createMimeMessage().getSession();
        MimeMessage mime = new StoredIdMimeMessage(session, message.messageId());
        String charset = StandardCharsets.UTF_8.name();
        String fromName = message.fromName() != null ? message.fromName() : blankToNull(mail.fromName());
        // Address headers written as text: ASCII with RFC 2047 display names, UTF-8 only in an address that needs it.
        mime.setHeader("From", new InternetAddress(SmtpUtf8.asciiDomain(mail.from()), fromName, charset).toString());
        if (blankToNull(mail.replyTo()) != null) {
            List<String> replyTo = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parse(mail.replyTo(), true)) {
                replyTo.add(
                        new InternetAddress(SmtpUtf8.asciiDomain(address.getAddress()), address.getPersonal(), charset)
                                .toString());
            }
            mime.setHeader("Reply-To", String.join(", ", replyTo));
        }
        mime.setHeader("To", new InternetAddress(SmtpUtf8.asciiDomain(message.recipient()), true).toString());
        mime.setSubject(message.subject(), charset);
        mime.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), header.getValue());
        }
        if (message.attachments().isEmpty()) {
            setBody(mime, message);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            setBody(body, message);
            MimeMultipart mixed = new MimeMultipart("mixed", body);
            for (StoredMail.StoredAttachment attachment : message.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                part.setFileName(attachment.name());
                mixed.addBodyPart(part);
            }
            mime.setContent(mixed);
        }
        return mime;
    }

    /** The plain text, or text and HTML as alternatives. */
    private static void setBody(MimePart part, StoredMail message) throws MessagingException {
        String charset = StandardCharsets.UTF_8.name();
        if (message.htmlBody() == null) {
            part.setText(message.textBody(), charset);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.textBody(), charset);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.htmlBody(), charset, "html");
            part.setContent(new MimeMultipart("alternative", text, html));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
