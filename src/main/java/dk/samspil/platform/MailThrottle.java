package dk.samspil.platform;

/**
 * The one brake on mail that anyone can make Samspil send by filling in a public form or calling the public API
 * (confirmation links, "send me my link", registration and receipt mails): without it a stranger could flood any
 * mailbox by posting its address again and again. Counted in PostgreSQL, so it holds across instances.
 * <p>
 * A recipient gets at most one mail per topic within {@code samspil.mail-throttle.interval}, and one client address
 * may ask for at most {@code samspil.mail-throttle.per-client-address} such mails within it. The client address is
 * the current web request's; work without a request (jobs, listeners) is limited per recipient only.
 * <p>
 * A refused mail is simply not sent: callers answer exactly as if it had been, so the answer never tells whether a
 * mail went out (or whether the address is known). Mails staff or the system send are not throttled.
 */
public interface MailThrottle {

    /**
     * Whether the mail may go out now; if so it is counted. Call it in the transaction that queues the mail, so a
     * rollback takes the count back with the mail.
     *
     * @param topic     what the mail is about, as narrowly as a person may legitimately need several mails:
     *                  {@code alerts.confirm}, {@code engagement.interest:SK-2027-004}, …
     * @param recipient the e-mail address (any case)
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    boolean tryAcquire(String topic, String recipient);
}
