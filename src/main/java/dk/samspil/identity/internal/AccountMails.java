package dk.samspil.identity.internal;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails that carry a password link, in Danish (staff work in Danish), queued in the caller's transaction. */
@Component
class AccountMails {

    static final String INVITATION = "identity.invitation";
    static final String RESET = "identity.password-reset";

    private final MailOutbox outbox;
    private final PasswordLinks links;
    private final MessageSource messages;

    AccountMails(MailOutbox outbox, PasswordLinks links, MessageSource messages) {
        this.outbox = outbox;
        this.links = links;
        this.messages = messages;
    }

    void invitation(StaffUser user) {
        send(INVITATION, user, PasswordLinks.Kind.INVITATION, "identity.mail.invitation");
    }

    void reset(StaffUser user) {
        send(RESET, user, PasswordLinks.Kind.RESET, "identity.mail.reset");
    }

    private void send(String category, StaffUser user, PasswordLinks.Kind kind, String key) {
        String validity = validity(links.validity(kind));
        String subject = messages.getMessage(key + ".subject", null, DanishFormats.DANISH);
        String body = messages.getMessage(
                key + ".body",
                new Object[] {user.name(), links.url(kind, user), validity, user.email()},
                DanishFormats.DANISH);
        outbox.enqueue(OutgoingMail.of(category, user.email(), subject, body));
    }

    /** "7 dage", "1 time", "30 minutter". */
    private String validity(Duration duration) {
        if (duration.toDays() >= 1 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return messages.getMessage("identity.mail.days", new Object[] {duration.toDays()}, DanishFormats.DANISH);
        }
        if (duration.toHours() >= 1 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return messages.getMessage("identity.mail.hours", new Object[] {duration.toHours()}, DanishFormats.DANISH);
        }
        return messages.getMessage("identity.mail.minutes", new Object[] {duration.toMinutes()}, DanishFormats.DANISH);
    }
}
