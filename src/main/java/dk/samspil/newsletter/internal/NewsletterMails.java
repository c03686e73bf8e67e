package dk.samspil.newsletter.internal;

import dk.samspil.alerts.Subscribers;
import dk.samspil.organisation.BusinessCentre;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's own mails (confirm a sign-up, the link to the preference centre), in the person's language, in the business centre's name. */
@Component
class NewsletterMails {

    private final MailOutbox outbox;
    private final NewsletterLinks links;
    private final MessageSource messages;
    private final OrganisationService organisation;

    NewsletterMails(
            MailOutbox outbox, NewsletterLinks links, MessageSource messages, OrganisationService organisation) {
        this.outbox = outbox;
        this.links = links;
        this.messages = messages;
        this.organisation = organisation;
    }

    void sendConfirmation(Subscribers.Person person, long signupId, List<MailingList> lists) {
        Locale locale = person.locale();
        String sender = senderName(locale);
        StringBuilder body = new StringBuilder(text("newsletter.mail.confirm.intro", locale, sender)).append("\n\n");
        for (MailingList list : lists) {
            body.append("- ")
                    .append(list.name())
                    .append(": ")
                    .append(list.purpose().strip().replace('\n', ' '))
                    .append('\n');
        }
        body.append('\n')
                .append(text("newsletter.mail.confirm.action", locale))
                .append(":\n")
                .append(links.confirmUrl(signupId))
                .append("\n\n")
                .append(text("newsletter.mail.confirm.ignore", locale))
                .append('\n');
        outbox.enqueue(OutgoingMail.of(
                        "newsletter.confirm",
                        person.email(),
                        text("newsletter.mail.confirm.subject", locale, sender),
                        body.toString())
                .withFromName(sender));
    }

    /** A fresh link to the person's preference centre, asked for on the sign-up page. */
    void sendPreferencesLink(Subscribers.Person person) {
        Locale locale = person.locale();
        String sender = senderName(locale);
        String body = text("newsletter.mail.link.intro", locale, sender)
                + "\n\n"
                + text("newsletter.mail.preferences", locale)
                + ":\n"
                + links.preferencesUrl(person.id())
                + "\n\n"
                + text("newsletter.mail.link.ignore", locale)
                + '\n';
        outbox.enqueue(OutgoingMail.of(
                        "newsletter.link", person.email(), text("newsletter.mail.link.subject", locale, sender), body)
                .withFromName(sender));
    }

    String senderName(Locale locale) {
        return organisation
                .businessCentre()
                .map(BusinessCentre::name)
                .orElseGet(() -> text("newsletter.mail.defaultSender", locale));
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
