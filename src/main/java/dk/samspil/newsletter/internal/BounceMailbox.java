package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.NewsletterProperties;
import dk.samspil.platform.MailboxReader;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox ({@code samspil.newsletter.bounces.*}) with the platform's {@link MailboxReader}: every
 * unread mail is parsed as a bounce and marked read; mails that are no bounces are left for a person to look at.
 */
@Component
class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

    private final NewsletterProperties.Bounces settings;
    private final MailboxReader reader;
    private final BounceHandling handling;

    BounceMailbox(NewsletterProperties properties, MailboxReader reader, BounceHandling handling) {
        this.settings = properties.bounces();
        this.reader = reader;
        this.handling = handling;
    }

    @Scheduled(
            fixedDelayString = "${samspil.newsletter.bounces.poll-interval:5m}",
            initialDelayString = "${samspil.newsletter.bounces.poll-interval:5m}")
    void scheduled() {
        if (!settings.enabled()) {
            return;
        }
        try {
            int read = poll();
            if (read > 0) {
                log.info("Bounce mailbox: {} bounce(s) recorded", read);
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("Bounce mailbox could not be read: {}", e.toString());
        }
    }

    /** Reads the unread mails once. @return how many bounce mails were recorded */
    int poll() throws MessagingException {
        MailboxReader.Mailbox mailbox = new MailboxReader.Mailbox(
                settings.host(),
                settings.port(),
                settings.protocol(),
                settings.username(),
                settings.password(),
                settings.folder());
        return reader.readUnread(mailbox, this::read);
    }

    private boolean read(MimeMessage message) throws Exception {
        List<BounceParser.Bounce> bounces = BounceParser.parse(message);
        String id = message.getMessageID();
        if (id == null || id.isBlank() || id.length() > 998) {
            id = "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest((message.getSubject() + "|" + message.getSentDate() + "|" + bounces)
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        boolean recorded = false;
        for (BounceParser.Bounce bounce : bounces) {
            recorded |= handling.record(id.strip(), bounce);
        }
        return recorded;
    }
}
