package dk.samspil.networks.internal;

import dk.samspil.newsletter.ModuleLists;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The network's mails, in Danish, queued in the caller's transaction. */
@Component
class NetworkMails {

    private static final Locale DA = DanishFormats.DANISH;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final NetworkCalendar calendar;
    private final MeetingMaterials materials;

    NetworkMails(
            MailOutbox outbox,
            MessageSource messages,
            DanishFormats formats,
            NetworkCalendar calendar,
            MeetingMaterials materials) {
        this.materials = materials;
        this.outbox = outbox;
        this.messages = messages;
        this.formats = formats;
        this.calendar = calendar;
    }

    /** What an invitation mail tells: the first invitation, a change of it, or its cancellation. */
    enum Kind {
        INVITATION("invitation", "invitation.ics"),
        UPDATE("update", "invitation.ics"),
        CANCEL("cancel", "aflysning.ics"),
        /** No longer invited (the contact was removed, or the member has left by the meeting's day). */
        UNINVITE("uninvite", "aflysning.ics");

        final String key;
        final String fileName;

        Kind(String key, String fileName) {
            this.key = key;
            this.fileName = fileName;
        }
    }

    void invitation(Network network, Meeting meeting, String email, @Nullable String name, Kind what) {
        boolean cancel = what == Kind.CANCEL || what == Kind.UNINVITE;
        String kind = what.key;
        StringBuilder body = new StringBuilder(text(
                "networks.mail." + kind + ".body", network.name(), meeting.title(), when(meeting), where(meeting)));
        if (!cancel && !meeting.agenda().isEmpty()) {
            body.append("\n\n").append(text("networks.mail.agenda")).append('\n');
            for (Meeting.AgendaItem item : meeting.agenda()) {
                body.append("- ").append(item.title());
                if (item.presenter() != null) {
                    body.append(" (").append(item.presenter()).append(')');
                }
                body.append('\n');
                if (item.description() != null) {
                    item.description()
                            .lines()
                            .forEach(line -> body.append("  ").append(line).append('\n'));
                }
            }
        }
        String method = cancel ? "CANCEL" : "REQUEST";
        outbox.enqueue(new OutgoingMail(
                "networks." + kind,
                email,
                text("networks.mail." + kind + ".subject", network.name(), meeting.title()),
                body.toString(),
                Map.of(),
                network.name(),
                List.of(new OutgoingMail.Attachment(
                        what.fileName,
                        "text/calendar; charset=UTF-8; method=" + method,
                        calendar.invitation(network, meeting, email, name, cancel)
                                .getBytes(StandardCharsets.UTF_8)))));
    }

    void minutes(
            Network network,
            Meeting meeting,
            List<String> decisions,
            List<Meeting.Action> actions,
            ModuleLists.Member recipient) {
        StringBuilder body =
                new StringBuilder(text("networks.mail.minutes.body", network.name(), meeting.title(), when(meeting)));
        body.append("\n\n").append(meeting.minutes());
        if (!decisions.isEmpty()) {
            body.append("\n\n").append(text("networks.mail.minutes.decisions")).append('\n');
            decisions.forEach(d -> body.append("- ").append(d).append('\n'));
        }
        if (!actions.isEmpty()) {
            body.append("\n\n").append(text("networks.mail.minutes.actions")).append('\n');
            actions.forEach(a -> body.append("- ")
                    .append(text("networks.mail.minutes.action", a.text(), a.ownerName(), formats.date(a.dueOn(), DA)))
                    .append('\n'));
        }
        if (meeting.agenda().stream().anyMatch(item -> !item.documents().isEmpty())) {
            body.append("\n\n").append(text("networks.mail.minutes.documents", materials.link(meeting.id())));
        }
        body.append("\n\n").append(text("networks.mail.unsubscribe", recipient.unsubscribeUrl()));
        outbox.enqueue(new OutgoingMail(
                "networks.minutes",
                recipient.email(),
                text("networks.mail.minutes.subject", network.name(), meeting.title()),
                body.toString(),
                recipient.unsubscribeHeaders(),
                network.name(),
                List.of()));
    }

    void reminder(String networkName, String meetingTitle, Meeting.Action action) {
        if (action.ownerEmail() == null) {
            return;
        }
        outbox.enqueue(new OutgoingMail(
                "networks.actionReminder",
                action.ownerEmail(),
                text("networks.mail.reminder.subject", networkName),
                text(
                        "networks.mail.reminder.body",
                        action.ownerName(),
                        action.text(),
                        formats.date(action.dueOn(), DA),
                        networkName,
                        meetingTitle),
                Map.of(),
                networkName,
                List.of()));
    }

    String when(Meeting meeting) {
        return formats.span(meeting.startsAt(), meeting.endsAt(), DA);
    }

    private String where(Meeting meeting) {
        if (meeting.place() != null && meeting.onlineUrl() != null) {
            return meeting.place() + " / " + meeting.onlineUrl();
        }
        return meeting.place() != null ? meeting.place() : String.valueOf(meeting.onlineUrl());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DA);
    }
}
