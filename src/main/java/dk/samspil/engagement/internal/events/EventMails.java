package dk.samspil.engagement.internal.events;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The mails to registrants, in their language, each with the personal link; queued in the caller's transaction. */
@Component
class EventMails {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final OrganisationService organisation;
    private final EventLinks links;
    private final EventInvitations invitations;

    EventMails(
            MailOutbox outbox,
            MessageSource messages,
            OrganisationService organisation,
            EventLinks links,
            EventInvitations invitations) {
        this.outbox = outbox;
        this.messages = messages;
        this.organisation = organisation;
        this.links = links;
        this.invitations = invitations;
    }

    /** A seat is confirmed: with the calendar invitation and the online meeting link. */
    void confirmed(Event event, Registration registration, Slot slot) {
        send(
                "engagement.event.confirmed",
                event,
                registration,
                slot,
                "confirmed",
                invitations.request(event, registration, slot, sender()));
    }

    /** On the waiting list, at {@code position} (from 1). */
    void waiting(Event event, Registration registration, int position) {
        send("engagement.event.waiting", event, registration, null, "waiting", null, position);
    }

    void offered(Event event, Registration registration) {
        send("engagement.event.offered", event, registration, null, "offered", null);
    }

    void offerExpired(Event event, Registration registration) {
        send("engagement.event.offerExpired", event, registration, null, "offerExpired", null);
    }

    /** The registrant cancelled; a held seat also removes the calendar entry. */
    void cancelled(Event event, Registration registration, Slot slot, boolean heldSeat) {
        send(
                "engagement.event.cancelled",
                event,
                registration,
                slot,
                "cancelled",
                heldSeat ? invitations.cancel(event, registration, slot, sender()) : null);
    }

    /** Staff cancelled the event. */
    void eventCancelled(Event event, Registration registration, Slot slot) {
        send(
                "engagement.event.eventCancelled",
                event,
                registration,
                slot,
                "eventCancelled",
                registration.status() == RegistrationStatus.WAITING
                        ? null
                        : invitations.cancel(event, registration, slot, sender()));
    }

    /** Staff changed the title, time or place of a published event; a held seat gets the updated invitation. */
    void eventChanged(Event event, Registration registration, Slot slot) {
        boolean seat = registration.status() == RegistrationStatus.CONFIRMED;
        send(
                "engagement.event.changed",
                event,
                registration,
                slot,
                seat ? "changed" : "changedWithoutSeat",
                seat ? invitations.request(event, registration, slot, sender()) : null);
    }

    void reminder(Event event, Registration registration, Slot slot) {
        send("engagement.event.reminder", event, registration, slot, "reminder", null);
    }

    private void send(
            String category,
            Event event,
            Registration registration,
            Slot slot,
            String kind,
            OutgoingMail.Attachment attachment) {
        send(category, event, registration, slot, kind, attachment, null);
    }

    /**
     * In the registrant's language: texts, dates and times (the formats read the locale of the thread). The online
     * meeting link goes only to a registrant with a seat, never to the waiting list.
     */
    private void send(
            String category,
            Event event,
            Registration registration,
            Slot slot,
            String kind,
            OutgoingMail.Attachment attachment,
            Integer waitingPosition) {
        Locale locale = registration.locale();
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            EventDetails d = event.details();
            String sender = sender(locale);
            StringBuilder body = new StringBuilder()
                    .append(text(locale, "engagement.events.mail.greeting", registration.name()))
                    .append("\n\n")
                    .append(text(
                            locale,
                            "engagement.events.mail." + kind + ".text",
                            d.title(),
                            registration.offerExpiresAt() == null
                                    ? ""
                                    : EventFormats.moment(registration.offerExpiresAt()),
                            event.cancelReason() == null ? "" : event.cancelReason()))
                    .append("\n\n");
            if (waitingPosition != null) {
                body.append(text(locale, "engagement.events.mail.waitingPosition", waitingPosition))
                        .append("\n\n");
            }
            body.append(d.title())
                    .append('\n')
                    .append(text(
                            locale,
                            "engagement.events.mail.when",
                            slot != null
                                    ? EventFormats.range(slot.startsAt(), slot.endsAt())
                                    : EventFormats.range(d.startsAt(), d.endsAt())))
                    .append('\n')
                    .append(text(
                            locale,
                            "engagement.events.mail.where",
                            d.place() != null ? d.place() : text(locale, "engagement.events.public.online")))
                    .append('\n');
            if (d.onlineUrl() != null
                    && registration.status() == RegistrationStatus.CONFIRMED
                    && event.status() == EventStatus.PUBLISHED) {
                body.append(text(locale, "engagement.events.mail.online", d.onlineUrl()))
                        .append('\n');
            }
            body.append(text(locale, "engagement.events.mail.participants", registration.participants()))
                    .append("\n\n")
                    .append(text(locale, "engagement.events.mail.personal"))
                    .append('\n')
                    .append(links.personalUrl(event, registration))
                    .append("\n\n")
                    .append(text(locale, "engagement.events.mail.event"))
                    .append('\n')
                    .append(links.eventUrl(event.id()))
                    .append("\n\n")
                    .append(text(locale, "engagement.events.mail.signature", sender))
                    .append('\n');
            OutgoingMail mail = OutgoingMail.of(
                            category,
                            registration.email(),
                            text(locale, "engagement.events.mail." + kind + ".subject", d.title()),
                            body.toString())
                    .withFromName(sender);
            outbox.enqueue(attachment == null ? mail : mail.withAttachment(attachment));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private String sender() {
        return sender(DanishFormats.DANISH);
    }

    private String sender(Locale locale) {
        return organisation
                .municipality()
                .map(Municipality::name)
                .orElseGet(() -> text(locale, "engagement.events.mail.defaultSender"));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
