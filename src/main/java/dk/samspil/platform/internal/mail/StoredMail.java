package dk.samspil.platform.internal.mail;

import java.util.Map;

/** A message as the sender reads it from the outbox. */
record StoredMail(long id, String category, String recipient, String subject, String textBody, String htmlBody,
                  Map<String, String> headers, String messageId, String fromName, int attempts) {
}
