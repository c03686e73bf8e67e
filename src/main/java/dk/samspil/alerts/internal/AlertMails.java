package dk.samspil.alerts.internal;

import dk.samspil.alerts.AlertLinks;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The module's own mails (confirm the subscription, your manage link), in the subscriber's language, as plain text
 * (the outbox adds the HTML part), in the municipality's name. Every one carries the manage link and the unsubscribe
 * headers.
 */
@Component
class AlertMails {

    private final MailOutbox outbox;
    private final AlertLinks links;
    private final MessageSource messages;
    private final OrganisationService organisation;

    AlertMails(MailOutbox outbox, AlertLinks links, MessageSource messages, OrganisationService organisation) {
        this.outbox = outbox;
        this.links = links;
        this.messages = messages;
        this.organisation = organisation;
    }

    /** Asks the subscriber to confirm all their pending subscriptions, described by {@code summaries}. */
    void sendConfirmation(Subscriber subscriber, List<String> summaries) {
        Locale locale = subscriber.locale();
        String sender = senderName(locale);
        String confirmUrl = links.confirmUrl(subscriber.id());
        String intro = text("alerts.mail.confirm.intro", locale, sender);
        String action = text("alerts.mail.confirm.action", locale);
        String ignore = text("alerts.mail.confirm.ignore", locale);
        StringBuilder body = new StringBuilder(intro).append("\n\n");
        for (String summary : summaries) {
            body.append("- ").append(summary).append('\n');
        }
        body.append('\n')
                .append(action)
                .append(":\n")
                .append(confirmUrl)
                .append("\n\n")
                .append(ignore)
                .append('\n');
        send(subscriber, "alerts.confirm", text("alerts.mail.confirm.subject", locale, sender), body, locale);
    }

    void sendManageLink(Subscriber subscriber) {
        Locale locale = subscriber.locale();
        String sender = senderName(locale);
        String intro = text("alerts.mail.link.intro", locale, sender);
        StringBuilder body = new StringBuilder(intro).append('\n');
        send(subscriber, "alerts.link", text("alerts.mail.link.subject", locale, sender), body, locale);
    }

    private void send(Subscriber subscriber, String category, String subject, StringBuilder body, Locale locale) {
        String manageUrl = links.manageUrl(subscriber.id());
        String manage = text("alerts.mail.manage", locale);
        body.append('\n').append(manage).append(":\n").append(manageUrl).append('\n');
        OutgoingMail mail = OutgoingMail.of(category, subscriber.email(), subject, body.toString())
                .withFromName(senderName(locale));
        outbox.enqueue(links.withUnsubscribeHeaders(mail, subscriber.id()));
    }

    private String senderName(Locale locale) {
        return organisation
                .municipality()
                .map(Municipality::name)
                .orElseGet(() -> text("alerts.mail.defaultSender", locale));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
