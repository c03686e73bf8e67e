package dk.samspil.alerts.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dk.samspil.alerts.AlertLinks;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;

/**
 * The module's own mails (confirm the subscription, your manage link), in the subscriber's language, as plain text
 * and HTML, in the municipality's name. Every one carries the manage link and the unsubscribe headers.
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
        StringBuilder html = new StringBuilder("<p>").append(escape(intro)).append("</p><ul>");
        for (String summary : summaries) {
            body.append("- ").append(summary).append('\n');
            html.append("<li>").append(escape(summary)).append("</li>");
        }
        body.append('\n').append(action).append(":\n").append(confirmUrl).append("\n\n").append(ignore).append('\n');
        html.append("</ul><p><a href=\"").append(escape(confirmUrl)).append("\">").append(escape(action))
                .append("</a></p><p>").append(escape(ignore)).append("</p>");
        send(subscriber, "alerts.confirm", text("alerts.mail.confirm.subject", locale, sender), body, html, locale);
    }

    void sendManageLink(Subscriber subscriber) {
        Locale locale = subscriber.locale();
        String sender = senderName(locale);
        String intro = text("alerts.mail.link.intro", locale, sender);
        StringBuilder body = new StringBuilder(intro).append('\n');
        StringBuilder html = new StringBuilder("<p>").append(escape(intro)).append("</p>");
        send(subscriber, "alerts.link", text("alerts.mail.link.subject", locale, sender), body, html, locale);
    }

    private void send(Subscriber subscriber, String category, String subject, StringBuilder body, StringBuilder html,
                      Locale locale) {
        String manageUrl = links.manageUrl(subscriber.id());
        String manage = text("alerts.mail.manage", locale);
        body.append('\n').append(manage).append(":\n").append(manageUrl).append('\n');
        html.append("<p><a href=\"").append(escape(manageUrl)).append("\">").append(escape(manage)).append("</a></p>");
        OutgoingMail mail = OutgoingMail.of(category, subscriber.email(), subject, body.toString())
                .withHtml("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>" + html + "</body></html>")
                .withFromName(senderName(locale));
        outbox.enqueue(links.withUnsubscribeHeaders(mail, subscriber.id()));
    }

    private String senderName(Locale locale) {
        return organisation.municipality().map(Municipality::name)
                .orElseGet(() -> text("alerts.mail.defaultSender", locale));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
