package dk.samspil.newsletter.internal;

import dk.samspil.platform.EmailAddresses;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bounce: a delivery status notification (RFC 3464, {@code multipart/report; report-type=delivery-status})
 * with one block per recipient ({@code Final-Recipient}, {@code Action}, {@code Status}, {@code Diagnostic-Code}), or
 * one of the common formats that are not DSNs: Exim's {@code X-Failed-Recipients} header, qmail's
 * {@code <address>:} paragraphs, and "wasn't delivered to" texts of big providers. A status 5.x.x (or an SMTP 5xx
 * reply) is hard; 4.x.x, {@code Action: delayed}, and a bounce without any status are soft.
 */
final class BounceParser {

    /** One recipient a bounce is about. */
    record Bounce(
            String email,
            boolean hard,
            @Nullable String status,
            @Nullable String detail,
            @Nullable String originalMessageId) {}

    private static final int MAX_TEXT = 200_000;
    private static final Pattern ENHANCED_STATUS = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final Pattern SMTP_REPLY = Pattern.compile("\\b([45])\\d\\d\\b");
    private static final Pattern QMAIL_RECIPIENT = Pattern.compile("(?m)^<([^<>\\s]+@[^<>\\s]+)>:\\s*$");
    private static final Pattern DELIVERED_TO = Pattern.compile(
            "(?i)(?:wasn't|was not|couldn't be|could not be) delivered to\\s+<?([^<>\\s]+@[^<>\\s]+?)>?[\\s.,]");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\s]+>)");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(?i)undeliver|delivery status notification|mail delivery failed|failure notice|returned mail|"
                    + "delivery failure|not delivered|ikke leveret|kunne ikke leveres");

    private BounceParser() {}

    static List<Bounce> parse(MimeMessage message) throws MessagingException, IOException {
        List<Bounce> bounces = new ArrayList<>();
        String originalId = originalMessageId(message);
        List<String> reports = new ArrayList<>();
        collectParts(message, "message/delivery-status", reports);
        for (String report : reports) {
            bounces.addAll(fromDeliveryStatus(report, originalId));
        }
        if (!reports.isEmpty()) {
            return bounces;
        }
        String text = text(message);
        String[] failed = message.getHeader("X-Failed-Recipients");
        Set<String> recipients = new LinkedHashSet<>();
        if (failed != null) {
            for (String header : failed) {
                for (String address : header.split(",")) {
                    recipients.add(address.strip());
                }
            }
        }
        String subject = message.getSubject() == null ? "" : message.getSubject();
        if (recipients.isEmpty() && BOUNCE_SUBJECT.matcher(subject).find()) {
            Matcher qmail = QMAIL_RECIPIENT.matcher(text);
            while (qmail.find()) {
                recipients.add(qmail.group(1));
            }
            Matcher delivered = DELIVERED_TO.matcher(text);
            while (recipients.isEmpty() && delivered.find()) {
                recipients.add(delivered.group(1));
            }
        }
        String status = status(text);
        boolean hard = status != null ? status.startsWith("5") : smtpHard(text);
        for (String recipient : recipients) {
            if (EmailAddresses.isValid(recipient)) {
                bounces.add(new Bounce(recipient, hard, status, firstLineWith(text, recipient), originalId));
            }
        }
        return bounces;
    }

    private static List<Bounce> fromDeliveryStatus(String report, @Nullable String originalId) {
        List<Bounce> bounces = new ArrayList<>();
        // the first block is about the message, every further block about one recipient
        String[] blocks = report.replace("\r\n", "\n").split("\n\\s*\n");
        for (int i = 1; i < blocks.length; i++) {
            Map<String, String> fields = fields(blocks[i]);
            String recipient = address(fields.getOrDefault("final-recipient", fields.get("original-recipient")));
            String action = fields.getOrDefault("action", "").strip().toLowerCase(Locale.ROOT);
            if (recipient == null
                    || action.equals("delivered")
                    || action.equals("relayed")
                    || action.equals("expanded")) {
                continue;
            }
            String status = fields.get("status") == null ? null : status(fields.get("status"));
            boolean hard = action.equals("failed") && (status == null || status.startsWith("5"));
            String diagnostic = fields.get("diagnostic-code");
            bounces.add(new Bounce(
                    recipient, hard, status, diagnostic == null ? null : bounded(diagnostic.strip()), originalId));
        }
        return bounces;
    }

    private static Map<String, String> fields(String block) {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : block.split("\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                fields.put(last, fields.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                fields.put(last, line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    /** {@code rfc822; anne@firma.dk} → {@code anne@firma.dk}. */
    private static @Nullable String address(@Nullable String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        String address = (semicolon >= 0 ? field.substring(semicolon + 1) : field).strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        return EmailAddresses.isValid(address) ? address : null;
    }

    private static @Nullable String status(String text) {
        Matcher status = ENHANCED_STATUS.matcher(text);
        while (status.find()) {
            if (!status.group(1).equals("2")) {
                return status.group();
            }
        }
        return null;
    }

    private static boolean smtpHard(String text) {
        Matcher reply = SMTP_REPLY.matcher(text);
        return reply.find() && reply.group(1).equals("5");
    }

    private static @Nullable String firstLineWith(String text, String recipient) {
        for (String line : text.split("\n")) {
            if (SMTP_REPLY.matcher(line).find() && !line.isBlank()) {
                return bounded(line.strip());
            }
        }
        return null;
    }

    private static @Nullable String originalMessageId(MimeMessage message) throws MessagingException, IOException {
        List<String> originals = new ArrayList<>();
        collectParts(message, "message/rfc822", originals);
        collectParts(message, "text/rfc822-headers", originals);
        for (String original : originals) {
            Matcher id = MESSAGE_ID.matcher(original);
            if (id.find()) {
                return id.group(1);
            }
        }
        return null;
    }

    /** The raw text of every part of this type, down through nested multiparts. */
    private static void collectParts(Part part, String type, List<String> found)
            throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            try (InputStream in = part.getInputStream()) {
                found.add(new String(in.readNBytes(MAX_TEXT), StandardCharsets.UTF_8));
            }
            return;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectParts(child, type, found);
            }
        }
    }

    /** The plain text of the mail (every text/plain part). */
    private static String text(Part part) throws MessagingException, IOException {
        List<String> texts = new ArrayList<>();
        collectParts(part, "text/plain", texts);
        return String.join("\n", texts).replace("\r\n", "\n");
    }

    private static String bounded(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
