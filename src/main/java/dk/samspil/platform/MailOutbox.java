package dk.samspil.platform;

import java.util.List;

/**
 * The only way to send e-mail. A message is written to the outbox in the caller's transaction, so it is sent
 * exactly when the business change that caused it commits; the outbox sender delivers it over SMTP afterwards,
 * retrying with back-off. Without a mail server ({@code spring.mail.host}) messages stay in the outbox, where
 * administrators can read them at {@code /admin/udbakke}.
 */
public interface MailOutbox {

    /**
     * Queues a message for delivery and gives it a globally unique Message-ID.
     *
     * @return the outbox id of the message
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    long enqueue(OutgoingMail mail);

    /**
     * Queues many messages with a few statements instead of one per message (mass alerts).
     *
     * @return the outbox ids, in the order of {@code mails}
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    List<Long> enqueueAll(List<OutgoingMail> mails);
}
