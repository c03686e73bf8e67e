package dk.samspil.engagement.internal.interest;

import dk.samspil.engagement.InterestConfirmed;
import dk.samspil.engagement.InterestWithdrawn;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.MailThrottle;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressing interest in a public entry, confirming it from the mail (double opt-in), partner finding and
 * withdrawing. Withdrawing deletes the interest: no personal data is kept. The audit log records what happened
 * without the contact details, so that erasure leaves nothing personal behind.
 */
@Service
class Interests {

    /** The version of the consent text shown on the form; change it when that text changes. */
    static final String CONSENT_TEXT_VERSION = "interesse-2026-11";

    private static final String ENTITY = "engagement_interest";

    enum Source {
        WEB,
        API
    }

    /** What registering did: a new pending interest, or the address was registered for the entry already. */
    record Registration(long id, boolean alreadyRegistered) {}

    enum Confirmation {
        CONFIRMED,
        ALREADY_CONFIRMED,
        UNKNOWN
    }

    /** The personal page: the interest, its entry's title, and the partners it may see. */
    record Overview(Interest interest, String title, List<Interest> partners) {}

    /** The staff page of one entry. */
    record EntryInterests(PlannedProcurement entry, List<Interest> interests, InterestRepository.Counts counts) {}

    private final InterestRepository repository;
    private final InterestRules rules;
    private final InterestMails mails;
    private final ProcurementService procurements;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MailThrottle throttle;
    private final InterestProperties properties;
    private final Clock clock;

    Interests(
            InterestRepository repository,
            InterestRules rules,
            InterestMails mails,
            ProcurementService procurements,
            ApplicationEventPublisher events,
            AuditLog audit,
            MailThrottle throttle,
            InterestProperties properties,
            Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.mails = mails;
        this.procurements = procurements;
        this.events = events;
        this.audit = audit;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A public entry that takes interest. @throws ProcurementNotFound for an unknown reference or a draft;
     * @throws InterestClosed for an awarded or cancelled entry
     */
    @Transactional(readOnly = true)
    PlannedProcurement openEntry(String reference) {
        PlannedProcurement entry = procurements
                .find(reference)
                .filter(p -> p.status().isPublic())
                .orElseThrow(() -> new ProcurementNotFound(reference));
        if (entry.status() == ProcurementStatus.AWARDED || entry.status() == ProcurementStatus.CANCELLED) {
            throw new InterestClosed(reference);
        }
        return entry;
    }

    /**
     * Stores a pending interest and mails the confirmation link. When the address is registered for the entry
     * already, nothing is stored and the link is mailed again (the confirmation while pending, else the personal link).
     * At most one of these mails per interest goes out per {@code samspil.mail-throttle.interval} ({@link MailThrottle}).
     */
    @Transactional
    Registration register(String reference, InterestRequest request, Source source, String clientAddress) {
        PlannedProcurement entry = openEntry(reference);
        InterestRequest checked = rules.check(request, entry);
        Instant now = clock.instant();
        Optional<Long> inserted = repository.insertPending(
                entry.reference(), checked, CONSENT_TEXT_VERSION, now, clientAddress, source.name());
        if (inserted.isEmpty()) {
            Interest existing =
                    repository.lockByEmail(entry.reference(), checked.email()).orElseThrow();
            resend(existing, entry);
            return new Registration(existing.id(), true);
        }
        Interest created = repository.lock(inserted.get()).orElseThrow();
        audit.record(
                AuditLog.Action.CREATE, ENTITY, created.id(), AuditLog.diff(null, auditState(created)), actor(created));
        if (throttle.tryAcquire(mailTopic(created), created.email())) {
            mails.sendConfirmation(created, entry.details().title());
        }
        return new Registration(created.id(), false);
    }

    /** Confirms a pending interest and makes the company follow the entry. Replaying the link is harmless. */
    @Transactional
    Confirmation confirm(long id, String clientAddress) {
        Optional<Interest> found = repository.lock(id);
        if (found.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        Interest interest = found.get();
        if (interest.confirmed()) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        repository.confirm(id, clock.instant(), clientAddress);
        audit.record(
                AuditLog.Action.UPDATE,
                ENTITY,
                id,
                Map.of("status", new AuditLog.Change(Interest.Status.PENDING.name(), Interest.Status.CONFIRMED.name())),
                actor(interest));
        events.publishEvent(new InterestConfirmed(
                id,
                interest.procurementReference(),
                interest.email(),
                interest.contactName(),
                interest.companyCvr(),
                interest.language()));
        return Confirmation.CONFIRMED;
    }

    @Transactional(readOnly = true)
    Optional<Overview> overview(long id) {
        return repository
                .find(id)
                .map(interest -> new Overview(
                        interest,
                        title(interest.procurementReference()),
                        interest.confirmed() && interest.partnerVisible() ? repository.partners(interest) : List.of()));
    }

    /** The company is no longer shown to other companies, nor sees them. @return false when the interest is gone */
    @Transactional
    boolean hideFromPartners(long id) {
        Optional<Interest> found = repository.lock(id);
        if (found.isEmpty()) {
            return false;
        }
        Interest interest = found.get();
        if (interest.partnerVisible()) {
            repository.hide(id);
            audit.record(
                    AuditLog.Action.UPDATE,
                    ENTITY,
                    id,
                    Map.of("partnerVisible", new AuditLog.Change("true", "false")),
                    actor(interest));
        }
        return true;
    }

    /** Withdraws the interest: the row and with it every personal detail is deleted. @return false when already gone */
    @Transactional
    boolean withdraw(long id) {
        Optional<Interest> found = repository.lock(id);
        if (found.isEmpty()) {
            return false;
        }
        Interest interest = found.get();
        repository.delete(id);
        audit.record(AuditLog.Action.DELETE, ENTITY, id, Map.of(), actor(interest));
        if (interest.confirmed()) {
            events.publishEvent(new InterestWithdrawn(id, interest.procurementReference(), interest.email()));
        }
        return true;
    }

    /** Everything stored about the interest, for the JSON download. */
    @Transactional(readOnly = true)
    Optional<Map<String, Object>> export(long id) {
        return repository.find(id).map(interest -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("interest", interest);
            return data;
        });
    }

    /** The confirmed interests of an entry, drafts included, for staff. @throws ProcurementNotFound */
    @Transactional(readOnly = true)
    EntryInterests forEntry(String reference) {
        PlannedProcurement entry = procurements.find(reference).orElseThrow(() -> new ProcurementNotFound(reference));
        return new EntryInterests(
                entry, repository.confirmedFor(entry.reference()), repository.counts(entry.reference()));
    }

    @Transactional(readOnly = true)
    Map<String, Integer> confirmedCounts(Collection<String> references) {
        return repository.confirmedCounts(references);
    }

    /** Removes what was never confirmed. Idempotent; several instances may run it at once. */
    @Transactional
    int deleteUnconfirmed() {
        return repository.deleteUnconfirmed(clock.instant().minus(properties.pendingRetention()));
    }

    private void resend(Interest existing, PlannedProcurement entry) {
        if (!throttle.tryAcquire(mailTopic(existing), existing.email())) {
            return;
        }
        if (existing.confirmed()) {
            mails.sendPageLink(existing, entry.details().title());
        } else {
            mails.sendConfirmation(existing, entry.details().title());
        }
    }

    /** Confirmation and link mails share one allowance per interest, i.e. per entry and address. */
    private static String mailTopic(Interest interest) {
        return "engagement.interest:" + interest.procurementReference();
    }

    private String title(String reference) {
        return procurements.find(reference).map(p -> p.details().title()).orElse(reference);
    }

    /** The audited state: what the company chose, never its contact details. */
    private static Map<String, Object> auditState(Interest interest) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("procurementReference", interest.procurementReference());
        state.put("companyCvr", interest.companyCvr());
        state.put("lots", interest.lots());
        state.put("partnerFinding", interest.partnerSought());
        state.put("status", interest.status());
        state.put("consentTextVersion", interest.consentTextVersion());
        state.put("consentSource", interest.consentSource());
        return state;
    }

    /** The company by its interest, not its address, so that the audit log holds no contact details after erasure. */
    private static AuditActor actor(Interest interest) {
        return new AuditActor(AuditActor.Type.ANONYMOUS, "interest:" + interest.id());
    }
}
