package dk.samspil.platform;

/**
 * Published in the sender's transaction when the outbox gives up on a message: either the mail server refused it
 * for good ({@code permanent}, e.g. an unknown mailbox: a hard bounce) or every retry failed.
 */
public record MailDeliveryFailed(long outboxId, String category, String recipient, boolean permanent, String reason) {}
