package dk.samspil.engagement.internal.events;

import dk.samspil.platform.DanishFormats;
import java.time.Instant;
import java.util.Locale;

/** A company's registration, or its place on the waiting list. */
record Registration(
        long id,
        long eventId,
        String name,
        String company,
        String cvr,
        String email,
        int participants,
        String needs,
        RegistrationStatus status,
        Instant offerExpiresAt,
        Long slotId,
        boolean attended,
        int icsSequence,
        Instant createdAt,
        String language) {

    /** The language of the registrant's mails. */
    Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : DanishFormats.DANISH;
    }

    /** The state recorded in the audit log. */
    record AuditState(
            long eventId,
            String name,
            String company,
            String cvr,
            String email,
            int participants,
            String needs,
            RegistrationStatus status,
            Instant offerExpiresAt,
            Long slotId,
            boolean attended) {}

    AuditState auditState() {
        return new AuditState(
                eventId, name, company, cvr, email, participants, needs, status, offerExpiresAt, slotId, attended);
    }
}
