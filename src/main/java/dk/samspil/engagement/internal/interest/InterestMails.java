package dk.samspil.engagement.internal.interest;

import dk.samspil.organisation.BusinessCentre;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of an interest, in the company's language, plain text (the outbox adds the HTML part), in the
 * municipality's name.
 */
@Component
class InterestMails {

    private final MailOutbox outbox;
    private final InterestLinks links;
    private final MessageSource messages;
    private final OrganisationService organisation;

    InterestMails(MailOutbox outbox, InterestLinks links, MessageSource messages, OrganisationService organisation) {
        this.outbox = outbox;
        this.links = links;
        this.messages = messages;
        this.organisation = organisation;
    }

    /** Asks to confirm; carries the personal link too, which works once confirmed. */
    void sendConfirmation(Interest interest, String title) {
        Locale locale = interest.locale();
        String intro = text("engagement.interest.mail.confirm.intro", locale, interest.procurementReference(), title);
        String action = text("engagement.interest.mail.confirm.action", locale);
        String ignore = text("engagement.interest.mail.confirm.ignore", locale);
        send(
                interest,
                "engagement.interest.confirm",
                text("engagement.interest.mail.confirm.subject", locale, interest.procurementReference()),
                intro,
                action,
                links.confirmUrl(interest.id()),
                ignore);
    }

    /** The personal link again, for a company that registered the same address twice. */
    void sendPageLink(Interest interest, String title) {
        Locale locale = interest.locale();
        String intro = text("engagement.interest.mail.link.intro", locale, interest.procurementReference(), title);
        send(
                interest,
                "engagement.interest.link",
                text("engagement.interest.mail.link.subject", locale, interest.procurementReference()),
                intro,
                null,
                null,
                null);
    }

    /**
     * Introduces {@code other} to {@code to}: both seek a partner for the same entry, and a consultant of the business
     * centre put them in touch. Carries what {@code other} agreed partner seekers may see, and {@code to}'s own page.
     */
    void sendIntroduction(Interest to, Interest other, String title) {
        Locale locale = to.locale();
        String none = text("engagement.interest.none", locale);
        StringBuilder details = new StringBuilder()
                .append(other.companyName())
                .append(" (CVR ")
                .append(other.companyCvr())
                .append(")\n")
                .append(text("engagement.interest.field.contactName", locale))
                .append(": ")
                .append(other.contactName())
                .append('\n')
                .append(text("engagement.interest.field.email", locale))
                .append(": ")
                .append(other.email())
                .append('\n');
        if (other.phone() != null) {
            details.append(text("engagement.interest.field.phone", locale))
                    .append(": ")
                    .append(other.phone())
                    .append('\n');
        }
        details.append(text("engagement.interest.field.capabilities", locale))
                .append(": ")
                .append(other.capabilities() == null ? none : other.capabilities())
                .append('\n')
                .append(text("engagement.interest.field.seeking", locale))
                .append(": ")
                .append(other.seeking() == null ? none : other.seeking());
        String sender = organisation
                .businessCentre()
                .map(BusinessCentre::name)
                .orElseGet(() -> text("engagement.interest.mail.defaultSender", locale));
        String intro = text(
                "engagement.matchmaking.mail.intro",
                locale,
                to.procurementReference(),
                title,
                other.companyName(),
                sender);
        String outro = text("engagement.matchmaking.mail.outro", locale);
        String page = text("engagement.interest.mail.page", locale);
        String pageUrl = links.pageUrl(to.id());
        String body = intro + "\n\n" + details + "\n\n" + outro + "\n\n" + page + ":\n" + pageUrl + "\n";
        outbox.enqueue(OutgoingMail.of(
                        "engagement.introduction",
                        to.email(),
                        text(
                                "engagement.matchmaking.mail.subject",
                                locale,
                                other.companyName(),
                                to.procurementReference()),
                        body)
                .withFromName(sender));
    }

    private void send(
            Interest interest,
            String category,
            String subject,
            String intro,
            String action,
            String actionUrl,
            String ignore) {
        Locale locale = interest.locale();
        String page = text("engagement.interest.mail.page", locale);
        String pageUrl = links.pageUrl(interest.id());
        StringBuilder body = new StringBuilder(intro).append("\n\n");
        if (action != null) {
            body.append(action).append(":\n").append(actionUrl).append("\n\n");
        }
        body.append(page).append(":\n").append(pageUrl).append('\n');
        if (ignore != null) {
            body.append('\n').append(ignore).append('\n');
        }
        String sender = organisation
                .municipality()
                .map(Municipality::name)
                .orElseGet(() -> text("engagement.interest.mail.defaultSender", locale));
        outbox.enqueue(OutgoingMail.of(category, interest.email(), subject, body.toString())
                .withFromName(sender));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
