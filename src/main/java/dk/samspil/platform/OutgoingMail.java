package dk.samspil.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One e-mail to put in the {@link MailOutbox}.
 *
 * @param category  what kind of mail it is, module first, e.g. {@code identity.setup} or {@code alerts.alert}
 * @param recipient a single plain e-mail address
 * @param subject   the subject line
 * @param textBody  the plain-text body; every mail has one
 * @param htmlBody  an optional HTML alternative of the same content
 * @param headers   extra headers such as {@code List-Unsubscribe}; the standard headers are set by the sender
 * @param fromName  the sender's display name for this mail; {@code null} means {@code samspil.mail.from-name}
 */
public record OutgoingMail(String category, String recipient, String subject, String textBody, String htmlBody,
                           Map<String, String> headers, String fromName) {

    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");
    private static final Set<String> RESERVED_HEADERS = caseInsensitive("From", "Sender", "Reply-To", "To", "Cc", "Bcc",
            "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding");

    public OutgoingMail {
        requireText(category, "category");
        requireText(subject, "subject");
        requireText(textBody, "textBody");
        requireAddress(recipient);
        requireSingleLine(subject, "subject");
        requireSingleLine(fromName, "fromName");
        Map<String, String> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name == null || !HEADER_NAME.matcher(name).matches() || RESERVED_HEADERS.contains(name)) {
                    throw new IllegalArgumentException("Not an extra header name: " + name);
                }
                requireText(value, name);
                requireSingleLine(value, name);
                copy.put(name, value);
            });
        }
        headers = Collections.unmodifiableMap(copy);
        htmlBody = htmlBody == null || htmlBody.isBlank() ? null : htmlBody;
        fromName = fromName == null || fromName.isBlank() ? null : fromName.strip();
    }

    /** A plain-text mail without extra headers, sent in the configured sender's name. */
    public static OutgoingMail of(String category, String recipient, String subject, String textBody) {
        return new OutgoingMail(category, recipient, subject, textBody, null, Map.of(), null);
    }

    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(category, recipient, subject, textBody, html, headers, fromName);
    }

    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(category, recipient, subject, textBody, htmlBody, more, fromName);
    }

    public OutgoingMail withFromName(String name) {
        return new OutgoingMail(category, recipient, subject, textBody, htmlBody, headers, name);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + what);
        }
    }

    private static void requireSingleLine(String value, String what) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("Line break in " + what);
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
