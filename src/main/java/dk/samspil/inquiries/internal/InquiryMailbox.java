package dk.samspil.inquiries.internal;

import dk.samspil.platform.MailboxReader;
import dk.samspil.platform.TextInput;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the configured IMAP mailbox ({@code samspil.inquiries.mailbox.*}) for answers from inquirers, with the
 * platform's {@link MailboxReader}: a mail whose subject names a case number ({@code H-2026-0001}) is attached to
 * that case. Unread mails are read and marked read (a mail that cannot be read too, so it is not read again and again);
 * each is attached once by its Message-ID, so a second read (another instance, a mail flagged unread again) adds
 * nothing. Mails that name no known case are marked read and left in the mailbox for a person to look at.
 */
@Component
class InquiryMailbox {

    private static final Logger log = LoggerFactory.getLogger(InquiryMailbox.class);
    static final Pattern CASE_NUMBER = Pattern.compile("\\bH-(\\d{4})-(\\d{4,6})\\b");
    /** What is kept of a mail's text: enough for any answer, bounded against a mailbox flood. */
    static final int MAX_BODY = 20_000;

    private final InquiryProperties.Mailbox settings;
    private final MailboxReader reader;
    private final InquiryService inquiries;
    private final Clock clock;

    InquiryMailbox(InquiryProperties properties, MailboxReader reader, InquiryService inquiries, Clock clock) {
        this.settings = properties.mailbox();
        this.reader = reader;
        this.inquiries = inquiries;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${samspil.inquiries.mailbox.poll-interval:2m}",
            initialDelayString = "${samspil.inquiries.mailbox.poll-interval:2m}")
    void scheduled() {
        if (!settings.enabled()) {
            return;
        }
        try {
            int attached = poll();
            if (attached > 0) {
                log.info("Inquiry mailbox: {} mail(s) attached to their cases", attached);
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("Inquiry mailbox could not be read: {}", e.toString());
        }
    }

    /** Reads the unread mails once. @return how many were attached to a case now */
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

    private boolean read(MimeMessage message) throws MessagingException, IOException {
        String subject = message.getSubject();
        Matcher match = subject == null ? null : CASE_NUMBER.matcher(subject);
        if (match == null || !match.find()) {
            return false;
        }
        String messageId = message.getMessageID();
        if (messageId == null || messageId.isBlank() || messageId.length() > 998) {
            return false;
        }
        String sender = sender(message.getFrom());
        if (sender == null) {
            return false;
        }
        String text = text(message);
        String body = clean(text == null ? "" : text);
        if (body.isBlank()) {
            body = "(" + subject.strip() + ")";
        }
        Instant sent = message.getSentDate() == null
                ? clock.instant()
                : message.getSentDate().toInstant();
        return inquiries.attachIncoming(match.group(), messageId.strip(), sent, sender, body);
    }

    private static @Nullable String sender(Address @Nullable [] from) {
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            return null;
        }
        String email = address.getAddress();
        return email == null || email.length() > 254 ? null : email;
    }

    /** The plain text of the mail, the first text/plain part of a multipart mail; {@code null} when there is none. */
    private static @Nullable String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** Without control characters (NUL and the like, which PostgreSQL text refuses), bounded in length. */
    private static String clean(String text) {
        String cleaned =
                TextInput.removeControlCharacters(text.replace("\r\n", "\n")).strip();
        return cleaned.length() > MAX_BODY ? cleaned.substring(0, MAX_BODY) : cleaned;
    }
}
