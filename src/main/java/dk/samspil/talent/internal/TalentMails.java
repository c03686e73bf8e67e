package dk.samspil.talent.internal;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.talent.internal.Choices.ApplicationStatus;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every mail of the talent bridge, in Danish, through the outbox. */
@Component
class TalentMails {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final TalentLinks links;
    private final PlatformProperties platform;
    private final DanishFormats formats;

    TalentMails(
            MailOutbox outbox,
            MessageSource messages,
            TalentLinks links,
            PlatformProperties platform,
            DanishFormats formats) {
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
        this.platform = platform;
        this.formats = formats;
    }

    void confirmPosting(long id, String email, String title) {
        send("talent.confirm", email, "talent.mail.confirm", title, links.confirmPosting(id));
    }

    void approved(Opportunity opportunity) {
        send(
                "talent.approved",
                opportunity.contactEmail(),
                "talent.mail.approved",
                opportunity.title(),
                platform.link("/studiejob/" + opportunity.id()));
    }

    void changesRequested(Opportunity opportunity, String message) {
        send(
                "talent.changes",
                opportunity.contactEmail(),
                "talent.mail.changes",
                opportunity.title(),
                message,
                links.edit(opportunity.id()));
    }

    void rejected(Opportunity opportunity, String reason) {
        send("talent.rejected", opportunity.contactEmail(), "talent.mail.rejected", opportunity.title(), reason);
    }

    /** The company gets a link to the application, never the CV itself; the student gets a receipt. */
    void applicationReceived(Opportunity opportunity, Application application) {
        send(
                "talent.application",
                opportunity.contactEmail(),
                "talent.mail.application",
                opportunity.title(),
                application.name(),
                links.application(application.id()));
        send(
                "talent.receipt",
                application.email(),
                "talent.mail.receipt",
                opportunity.title(),
                opportunity.companyName(),
                links.withdraw(application.id()));
    }

    void studentTold(Opportunity opportunity, Application application, ApplicationStatus status) {
        String statusText = text("talent.application.status." + status.name());
        send(
                "talent.status",
                application.email(),
                "talent.mail.status",
                opportunity.title(),
                opportunity.companyName(),
                statusText,
                links.withdraw(application.id()));
    }

    /** The institution's user who posted a project wish gets a company's answer. */
    void wishAnswered(Wish wish, WishAnswerForm answer) {
        send(
                "talent.wishAnswer",
                wish.contactEmail(),
                "talent.mail.wishAnswer",
                wish.title(),
                answer.companyName().strip(),
                answer.contactName().strip(),
                answer.email().strip(),
                answer.message().strip(),
                platform.link("/intern/uddannelse/projektoensker/" + wish.id()));
    }

    /** One user's weekly digest of the new opportunities in the institution's fields. */
    void digest(String to, String institution, List<Opportunity> opportunities) {
        StringBuilder items = new StringBuilder();
        for (Opportunity o : opportunities) {
            items.append(text(
                            "talent.mail.digest.item",
                            o.title(),
                            o.companyName(),
                            text("talent.kind." + o.kind().name()),
                            formats.date(o.deadline()),
                            platform.link("/studiejob/" + o.id())))
                    .append("\n\n");
        }
        send(
                "talent.digest",
                to,
                "talent.mail.digest",
                institution,
                opportunities.size(),
                items.toString().strip(),
                platform.link("/intern/uddannelse"));
    }

    private void send(String category, String to, String key, Object... arguments) {
        outbox.enqueue(
                OutgoingMail.of(category, to, text(key + ".subject", arguments), text(key + ".body", arguments)));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DanishFormats.DANISH);
    }
}
