package dk.samspil.platform.internal.mail;

import dk.samspil.platform.OutgoingMail;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A message as the sender reads it from the outbox. */
record StoredMail(
        long id,
        String category,
        String recipient,
        String subject,
        String textBody,
        String htmlBody,
        Map<String, String> headers,
        String messageId,
        String fromName,
        int attempts,
        List<StoredAttachment> attachments) {

    StoredMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An attachment as JSON in the outbox: its content in base64. */
    record StoredAttachment(String name, String contentType, String base64) {

        static StoredAttachment of(OutgoingMail.Attachment attachment) {
            return new StoredAttachment(
                    attachment.name(),
                    attachment.contentType(),
                    Base64.getEncoder().encodeToString(attachment.content()));
        }

        byte[] content() {
            return Base64.getDecoder().decode(base64);
        }
    }
}
