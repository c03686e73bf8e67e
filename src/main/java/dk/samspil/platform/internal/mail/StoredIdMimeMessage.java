package dk.samspil.platform.internal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Keeps the Message-ID given at enqueue time: a plain {@link MimeMessage} replaces it with a fresh one on every
 * {@code saveChanges()}, and then replies and bounces could no longer be matched to the outbox row.
 */
class StoredIdMimeMessage extends MimeMessage {

    private final String messageId;

    StoredIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
