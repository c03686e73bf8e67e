package dk.samspil.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to put in the {@link MailOutbox}.
 *
 * @param category  what kind of mail it is, module first, e.g. {@code identity.setup} or {@code alerts.alert}
 * @param recipient a single plain e-mail address
 * @param subject   the subject line; a line break in it (from a stored title, say) is folded into a space
 * @param textBody  the plain-text body; every mail has one. The outbox writes the HTML alternative from it (one look
 *                  for every mail, {@code samspil.mail-brand.*}) unless {@code htmlBody} is given
 * @param headers   extra headers such as {@code List-Unsubscribe}; the standard headers are set by the sender
 * @param fromName  the sender's display name for this mail; {@code null} means {@code samspil.mail.from-name}
 * @param attachments extra MIME parts sent after the body, e.g. a {@code text/calendar} invitation; may be empty
 * @param htmlBody  {@code null} for almost every mail; otherwise the body's content as an HTML fragment, which the
 *                  outbox puts in the same branded frame instead of writing it from the text. Only for text the
 *                  module renders itself from a safe format (a newsletter's Markdown, raw HTML escaped): never
 *                  markup a user typed
 */
public record OutgoingMail(
        String category,
        String recipient,
        String subject,
        String textBody,
        Map<String, String> headers,
        @Nullable String fromName,
        List<Attachment> attachments,
        @Nullable String htmlBody) {

    /**
     * One extra part of a mail.
     *
     * @param name        the file name shown to the recipient, e.g. {@code invitation.ics}
     * @param contentType the full MIME type with parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
     */
    public record Attachment(String name, String contentType, byte[] content) {

        public Attachment {
            requireText(name, "attachment name");
            requireText(contentType, "attachment content type");
            name = TextInput.foldLines(name);
            contentType = TextInput.foldLines(contentType);
            if (content == null) {
                throw new IllegalArgumentException("Missing attachment content");
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");
    private static final Set<String> RESERVED_HEADERS = caseInsensitive(
            "From",
            "Sender",
            "Reply-To",
            "To",
            "Cc",
            "Bcc",
            "Subject",
            "Date",
            "Message-ID",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding");

    public OutgoingMail {
        requireText(category, "category");
        requireText(subject, "subject");
        requireText(textBody, "textBody");
        requireAddress(recipient);
        // Header values are folded, never refused: text stored before the single-line rule, or from an import,
        // must not stop a delivery (TextInput is the rule; the header cannot carry a line break either way).
        subject = TextInput.foldLines(subject);
        fromName = TextInput.foldLinesOrNull(fromName);
        Map<String, String> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name == null || !HEADER_NAME.matcher(name).matches() || RESERVED_HEADERS.contains(name)) {
                    throw new IllegalArgumentException("Not an extra header name: " + name);
                }
                requireText(value, name);
                copy.put(name, TextInput.foldLines(value));
            });
        }
        headers = Collections.unmodifiableMap(copy);
        fromName = fromName == null || fromName.isBlank() ? null : fromName.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        htmlBody = htmlBody == null || htmlBody.isBlank() ? null : htmlBody;
    }

    /** A mail whose HTML part the outbox writes from its text. */
    public OutgoingMail(
            String category,
            String recipient,
            String subject,
            String textBody,
            Map<String, String> headers,
            @Nullable String fromName,
            List<Attachment> attachments) {
        this(category, recipient, subject, textBody, headers, fromName, attachments, null);
    }

    /** A mail without attachments. */
    public OutgoingMail(
            String category,
            String recipient,
            String subject,
            String textBody,
            Map<String, String> headers,
            @Nullable String fromName) {
        this(category, recipient, subject, textBody, headers, fromName, List.of(), null);
    }

    /** A plain-text mail without extra headers, sent in the configured sender's name. */
    public static OutgoingMail of(String category, String recipient, String subject, String textBody) {
        return new OutgoingMail(category, recipient, subject, textBody, Map.of(), null);
    }

    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(category, recipient, subject, textBody, more, fromName, attachments, htmlBody);
    }

    public OutgoingMail withFromName(@Nullable String name) {
        return new OutgoingMail(category, recipient, subject, textBody, headers, name, attachments, htmlBody);
    }

    public OutgoingMail withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new OutgoingMail(category, recipient, subject, textBody, headers, fromName, more, htmlBody);
    }

    /** The same mail with its body's HTML content given (see {@link #htmlBody}). */
    public OutgoingMail withHtmlBody(@Nullable String html) {
        return new OutgoingMail(category, recipient, subject, textBody, headers, fromName, attachments, html);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + what);
        }
    }

    private static void requireAddress(String recipient) {
        requireText(recipient, "recipient");
        try {
            InternetAddress address = new InternetAddress(recipient, true);
            address.validate();
            if (address.getPersonal() != null || !address.getAddress().equals(recipient)) {
                throw new IllegalArgumentException("Recipient must be a plain e-mail address: " + recipient);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an e-mail address: " + recipient, e);
        }
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return Collections.unmodifiableSet(set);
    }
}
