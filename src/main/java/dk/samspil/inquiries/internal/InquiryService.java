package dk.samspil.inquiries.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.BusinessCalendar;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.MailThrottle;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of inquiries: receives them with a case number ({@code H-2026-0001}), routes them (political level to
 * management, the rest to the consultants), sets the deadlines in Danish business days, sends the receipt, and keeps
 * a log of assignments and status changes.
 */
@Service
class InquiryService {

    static final String INQUIRY = "Inquiry";
    static final String RECEIPT_TOPIC = "inquiries.receipt";
    static final int LIST_LIMIT = 500;

    /** The inquiry does not exist. */
    static class UnknownInquiry extends RuntimeException {
        UnknownInquiry() {
            super("No such inquiry");
        }
    }

    private final InquiryRepository repository;
    private final InquiryProperties properties;
    private final MailOutbox outbox;
    private final MailThrottle throttle;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final AuditLog audit;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private final String baseUrl;
    private final RoutingRepository routing;

    /** The case has no e-mail address to reply to. */
    static class NoAddress extends RuntimeException {
        NoAddress() {
            super("The inquiry has no e-mail address");
        }
    }

    InquiryService(
            InquiryRepository repository,
            InquiryProperties properties,
            MailOutbox outbox,
            MailThrottle throttle,
            MessageSource messages,
            DanishFormats formats,
            AuditLog audit,
            Clock clock,
            PlatformProperties platform,
            RoutingRepository routing,
            BusinessCalendar calendar) {
        this.calendar = calendar;
        this.routing = routing;
        this.baseUrl = platform.baseUrl().replaceAll("/+$", "");
        this.repository = repository;
        this.properties = properties;
        this.outbox = outbox;
        this.throttle = throttle;
        this.messages = messages;
        this.formats = formats;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishFormats.ZONE));
    }

    LocalDate nextBusinessDay() {
        return calendar.addBusinessDays(today(), 1);
    }

    /**
     * Stores an inquiry and sends its receipt when it has an e-mail address. From the public form ({@code registeredBy}
     * {@code null}) the receipt goes through the mail throttle, so nobody can flood a mailbox through the form.
     */
    @Transactional
    Inquiry receive(InquiryData data, @Nullable String registeredBy) {
        return receive(data, registeredBy, List.of());
    }

    /** Stores an inquiry with its checked attachments ({@link AttachmentRules}) and sends its receipt. */
    @Transactional
    Inquiry receive(InquiryData data, @Nullable String registeredBy, List<NewAttachment> attachments) {
        LocalDate received = data.receivedOn();
        String caseNumber = "H-%d-%04d".formatted(received.getYear(), repository.nextNumber(received.getYear()));
        Queue queue = Queue.routing(data.channel());
        Long teamId = queue == Queue.MANAGEMENT || data.topicId() == null
                ? null
                : routing.topic(data.topicId()).map(Topic::teamId).orElse(null);
        long id = repository.insert(
                caseNumber,
                data,
                registeredBy,
                queue,
                teamId,
                calendar.addBusinessDays(received, properties.acknowledgeBusinessDays()),
                calendar.addBusinessDays(received, properties.answerBusinessDays()),
                clock.instant());
        audit.created(INQUIRY, caseNumber, data);
        attachments.forEach(attachment -> repository.addAttachment(id, attachment, clock.instant()));
        repository.log(
                id,
                clock.instant(),
                registeredBy,
                InquiryEvent.Kind.RECEIVED,
                data.channel().name());
        Inquiry inquiry = repository.find(id).orElseThrow();
        if (inquiry.email() != null && (registeredBy != null || throttle.tryAcquire(RECEIPT_TOPIC, inquiry.email()))) {
            outbox.enqueue(receipt(inquiry));
            repository.log(id, clock.instant(), null, InquiryEvent.Kind.RECEIPT, inquiry.email());
        }
        return inquiry;
    }

    @Transactional
    Inquiry assign(long id, String assignee, String actor) {
        Inquiry before = repository.findForUpdate(id).orElseThrow(UnknownInquiry::new);
        InquiryStatus status = before.status() == InquiryStatus.RECEIVED ? InquiryStatus.ASSIGNED : before.status();
        repository.update(id, status, assignee);
        repository.log(id, clock.instant(), actor, InquiryEvent.Kind.ASSIGNED, assignee);
        Inquiry after = repository.find(id).orElseThrow();
        audit.updated(INQUIRY, before.caseNumber(), before, after);
        return after;
    }

    @Transactional
    Inquiry changeStatus(long id, InquiryStatus status, String actor) {
        Inquiry before = repository.findForUpdate(id).orElseThrow(UnknownInquiry::new);
        if (before.status() == status) {
            return before;
        }
        repository.updateStatus(id, status);
        repository.log(id, clock.instant(), actor, InquiryEvent.Kind.STATUS, status.name());
        Inquiry after = repository.find(id).orElseThrow();
        audit.updated(INQUIRY, before.caseNumber(), before, after);
        return after;
    }

    /** Moves the case to management, to the consultants in general, or ({@code teamId} set) to a consultant team. */
    @Transactional
    Inquiry route(long id, Queue queue, @Nullable Long teamId, String label, String actor) {
        Inquiry before = repository.findForUpdate(id).orElseThrow(UnknownInquiry::new);
        repository.route(id, queue, queue == Queue.MANAGEMENT ? null : teamId);
        repository.log(id, clock.instant(), actor, InquiryEvent.Kind.ROUTED, label);
        Inquiry after = repository.find(id).orElseThrow();
        audit.updated(INQUIRY, before.caseNumber(), before, after);
        return after;
    }

    /** An internal note on the case; it is never sent. */
    @Transactional
    void addNote(long id, String note, String actor) {
        Inquiry inquiry = repository.findForUpdate(id).orElseThrow(UnknownInquiry::new);
        repository.addEntry(id, InquiryEntry.Kind.NOTE, clock.instant(), actor, null, note);
        repository.log(id, clock.instant(), actor, InquiryEvent.Kind.NOTE, null);
        audit.updated(INQUIRY, inquiry.caseNumber(), java.util.Map.of(), java.util.Map.of("note", note));
    }

    /** Forwards the case to a colleague by e-mail (through the outbox) with a message and a link to the case. */
    @Transactional
    void forward(long id, String recipient, String message, String actor) {
        Inquiry inquiry = repository.findForUpdate(id).orElseThrow(UnknownInquiry::new);
        repository.addEntry(id, InquiryEntry.Kind.FORWARD, clock.instant(), actor, recipient, message);
        repository.log(id, clock.instant(), actor, InquiryEvent.Kind.FORWARDED, recipient);
        Locale da = DanishFormats.DANISH;
        String subject = messages.getMessage(
                "inquiries.forward.subject", new Object[] {inquiry.caseNumber(), inquiry.subject()}, da);
        String body = messages.getMessage(
                "inquiries.forward.body",
                new Object[] {
                    actor,
                    message,
                    inquiry.caseNumber(),
                    inquiry.subject(),
                    formats.date(inquiry.answerBy(), da),
                    baseUrl + InquiryController.BASE + "/" + inquiry.id()
                },
                da);
        outbox.enqueue(OutgoingMail.of("inquiries.forward", recipient, subject, body));
        audit.updated(INQUIRY, inquiry.caseNumber(), java.util.Map.of(), java.util.Map.of("forwardedTo", recipient));
    }

    /**
     * Replies to the inquirer by e-mail through the outbox and keeps the reply on the case. The subject carries the
     * case number, so the inquirer's answer is attached to the case when it reaches the mailbox.
     */
    @Transactional
    void reply(long id, String reply, String actor) {
        Inquiry inquiry = repository.findForUpdate(id).orElseThrow(UnknownInquiry::new);
        if (inquiry.email() == null) {
            throw new NoAddress();
        }
        repository.addEntry(id, InquiryEntry.Kind.REPLY, clock.instant(), actor, inquiry.email(), reply);
        repository.answered(id, today());
        repository.log(id, clock.instant(), actor, InquiryEvent.Kind.REPLIED, inquiry.email());
        Locale da = DanishFormats.DANISH;
        String subject = messages.getMessage(
                "inquiries.reply.subject", new Object[] {inquiry.caseNumber(), inquiry.subject()}, da);
        String body = messages.getMessage(
                "inquiries.reply.body", new Object[] {inquiry.name(), reply, inquiry.caseNumber()}, da);
        outbox.enqueue(OutgoingMail.of("inquiries.reply", inquiry.email(), subject, body));
        audit.updated(
                INQUIRY, inquiry.caseNumber(), inquiry, repository.find(id).orElseThrow());
    }

    /** Closes the case with its outcome; an open case that was never answered counts as answered today. */
    @Transactional
    Inquiry close(long id, Outcome outcome, String actor) {
        Inquiry before = repository.findForUpdate(id).orElseThrow(UnknownInquiry::new);
        if (before.status() == InquiryStatus.CLOSED && before.outcome() == outcome) {
            return before;
        }
        if (before.answeredOn() == null) {
            repository.answered(id, today());
        }
        repository.close(id, outcome, clock.instant());
        repository.log(id, clock.instant(), actor, InquiryEvent.Kind.CLOSED, outcome.name());
        Inquiry after = repository.find(id).orElseThrow();
        audit.updated(INQUIRY, before.caseNumber(), before, after);
        return after;
    }

    /**
     * Attaches a mail from the inquirer to the case its subject names, once per Message-ID. A closed case is reopened
     * (assigned again when it has a handler, otherwise received in its queue), its handler (the assignee, or whoever
     * closed it) is told through the outbox, and the log says so.
     *
     * @return {@code true} when it was attached now; {@code false} for an unknown case or a mail already attached
     */
    @Transactional
    boolean attachIncoming(String caseNumber, String messageId, java.time.Instant sentAt, String sender, String body) {
        Optional<Long> id = repository.idByCaseNumber(caseNumber);
        if (id.isEmpty()) {
            return false;
        }
        Inquiry before = repository.findForUpdate(id.get()).orElseThrow(UnknownInquiry::new);
        if (!repository.addIncoming(id.get(), messageId, sentAt, sender, body)) {
            return false;
        }
        repository.log(id.get(), clock.instant(), null, InquiryEvent.Kind.INCOMING, sender);
        if (before.status() == InquiryStatus.CLOSED) {
            reopen(before);
        }
        return true;
    }

    private void reopen(Inquiry before) {
        repository.updateStatus(
                before.id(), before.assignee() != null ? InquiryStatus.ASSIGNED : InquiryStatus.RECEIVED);
        String handler = before.assignee() != null
                ? before.assignee()
                : repository.closedBy(before.id()).orElse(null);
        if (handler != null && !dk.samspil.platform.EmailAddresses.isValid(handler)) {
            handler = null;
        }
        repository.log(before.id(), clock.instant(), null, InquiryEvent.Kind.REOPENED, handler);
        if (handler != null) {
            Locale da = DanishFormats.DANISH;
            String subject = messages.getMessage(
                    "inquiries.reopened.subject", new Object[] {before.caseNumber(), before.subject()}, da);
            String body = messages.getMessage(
                    "inquiries.reopened.body",
                    new Object[] {
                        before.caseNumber(), before.subject(), baseUrl + InquiryController.BASE + "/" + before.id()
                    },
                    da);
            outbox.enqueue(OutgoingMail.of("inquiries.reopened", handler, subject, body));
        }
        audit.updated(
                INQUIRY,
                before.caseNumber(),
                before,
                repository.find(before.id()).orElseThrow());
    }

    /** Notes in the audit log that someone exported the inquirer's personal data. */
    @Transactional
    void exported(long id, String actor) {
        Inquiry inquiry = repository.find(id).orElseThrow(UnknownInquiry::new);
        audit.updated(
                INQUIRY, inquiry.caseNumber(), java.util.Map.of(), java.util.Map.of("personalDataExportedBy", actor));
    }

    @Transactional(readOnly = true)
    List<Attachment> attachments(long id) {
        return repository.attachments(id);
    }

    @Transactional(readOnly = true)
    Optional<byte[]> attachmentContent(long id, long attachmentId) {
        return repository.attachmentContent(id, attachmentId);
    }

    @Transactional(readOnly = true)
    List<InquiryEntry> entries(long id) {
        return repository.entries(id);
    }

    @Transactional(readOnly = true)
    List<Inquiry> list() {
        return repository.list(today(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    Optional<Inquiry> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    List<InquiryEvent> events(long id) {
        return repository.events(id);
    }

    @Transactional(readOnly = true)
    long countOpen() {
        return repository.countOpen();
    }

    @Transactional(readOnly = true)
    long countOverdue() {
        return repository.countOverdue(today());
    }

    private OutgoingMail receipt(Inquiry inquiry) {
        Locale da = DanishFormats.DANISH;
        String subject = messages.getMessage("inquiries.receipt.subject", new Object[] {inquiry.caseNumber()}, da);
        String body = messages.getMessage(
                "inquiries.receipt.body",
                new Object[] {
                    inquiry.name(),
                    inquiry.caseNumber(),
                    inquiry.subject(),
                    formats.date(inquiry.receivedOn(), da),
                    formats.date(inquiry.answerBy(), da)
                },
                da);
        return OutgoingMail.of("inquiries.receipt", inquiry.email(), subject, body);
    }
}
