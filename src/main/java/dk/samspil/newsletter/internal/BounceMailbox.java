package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.NewsletterProperties;
import dk.samspil.platform.MailboxReader;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox ({@code samspil.newsletter.bounces.*}) with the platform's {@link MailboxReader}: every
 * unread mail is parsed as a bounce and marked read; mails that are no bounces are left for a person to look at.
 */
@Component
class BounceMailbox {

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
        reader.readUnreadQuietly("Bounce mailbox", settings, this::read);
    }

    /** Reads the unread mails once. @return how many were taken in */
    int poll() throws MessagingException {
        return reader.readUnread(settings, this::read);
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
