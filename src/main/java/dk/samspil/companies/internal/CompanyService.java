package dk.samspil.companies.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Cvr;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register: companies by CVR, and notes shared between the business centre, the municipality and the job centre. */
@Service
class CompanyService {

    static final String COMPANY = "Company";
    static final String NOTE = "CompanyNote";
    static final String CONTACT = "CompanyContact";
    static final int SEARCH_LIMIT = 100;

    /** The CVR number is in the register already. */
    static class DuplicateCvr extends RuntimeException {
        DuplicateCvr() {
            super("CVR number taken");
        }
    }

    /** The company already has a contact with that e-mail address. */
    static class DuplicateContact extends RuntimeException {
        DuplicateContact() {
            super("Contact e-mail taken");
        }
    }

    /** The author chose a sharing that leaves out their own organisation. */
    static class SharingNotAllowed extends RuntimeException {
        SharingNotAllowed() {
            super("Sharing must include the author's organisation");
        }
    }

    private final CompanyRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final CompanySearch search;
    private final CompanyFollowUps followUps;

    CompanyService(
            CompanyRepository repository,
            AuditLog audit,
            Clock clock,
            CompanySearch search,
            CompanyFollowUps followUps) {
        this.search = search;
        this.followUps = followUps;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Company> search(String query) {
        String text = query == null ? "" : query.strip();
        String cvr = Cvr.isValid(text) ? Cvr.normalize(text) : "";
        return repository.search(cvr, text.toLowerCase(Locale.ROOT), SEARCH_LIMIT);
    }

    @Transactional(readOnly = true)
    long count() {
        return repository.count();
    }

    @Transactional(readOnly = true)
    Optional<Company> find(String cvr) {
        return Cvr.isValid(cvr) ? repository.findByCvr(Cvr.normalize(cvr)) : Optional.empty();
    }

    @Transactional
    Company create(CompanyData data) {
        long id = repository.insert(data, clock.instant()).orElseThrow(DuplicateCvr::new);
        audit.created(COMPANY, data.cvr(), data);
        search.refresh(List.of(id));
        return repository.findByCvr(data.cvr()).filter(c -> c.id() == id).orElseThrow();
    }

    @Transactional
    long addNote(Company company, NoteData note, String author, StaffOrganisation authorOrg) {
        if (!note.sharedWith().readableBy(authorOrg)) {
            throw new SharingNotAllowed();
        }
        List<dk.samspil.platform.Violation> violations = followUps.violations(note.participants(), note.followUps());
        if (!violations.isEmpty()) {
            throw new dk.samspil.platform.Rejected(violations);
        }
        Instant now = clock.instant();
        long id = repository.insertNote(company.id(), note, author, authorOrg, now);
        audit.created(
                NOTE,
                id,
                Map.of(
                        "company",
                        company.cvr(),
                        "visitDate",
                        note.visitDate(),
                        "title",
                        note.title(),
                        "sharedWith",
                        note.sharedWith().name(),
                        "topics",
                        note.topics().toString(),
                        "participants",
                        note.participants().size(),
                        "followUps",
                        note.followUps().size()));
        followUps.insert(id, note.followUps(), now);
        search.refresh(List.of(company.id()));
        return id;
    }

    /**
     * Adds a contact person. The audit log keeps the legal basis only, so that erasing the person leaves no copy of
     * their details behind.
     */
    @Transactional
    long addContact(Company company, ContactForm contact, String createdBy) {
        long id = repository
                .insertContact(company.id(), contact, createdBy, clock.instant())
                .orElseThrow(DuplicateContact::new);
        audit.created(
                CONTACT,
                id,
                Map.of(
                        "company",
                        company.cvr(),
                        "legalBasis",
                        contact.legalBasis().name()));
        return id;
    }

    @Transactional(readOnly = true)
    List<Contact> contacts(Company company) {
        return repository.contacts(company.id());
    }

    @Transactional(readOnly = true)
    Optional<Contact> contact(Company company, long id) {
        return repository.contact(company.id(), id);
    }

    /** Erases the person: the row goes, and the audit log says only that a contact of the company was erased. */
    @Transactional
    boolean eraseContact(Company company, long id) {
        boolean erased = repository.deleteContact(company.id(), id);
        if (erased) {
            audit.record(AuditLog.Action.DELETE, CONTACT, id, Map.of(), dk.samspil.platform.AuditActor.current());
        }
        return erased;
    }

    /**
     * The notes the reader's organisation may read. Reading a note written by another organisation is logged; the
     * author's organisation sees, with each of its own notes, who else has read it.
     */
    @Transactional
    List<CompanyNote> notesFor(Company company, String reader, StaffOrganisation readerOrg) {
        List<CompanyNote> notes = repository.notesReadableBy(company.id(), readerOrg);
        Instant now = clock.instant();
        notes.stream()
                .filter(n -> n.authorOrg() != readerOrg && n.anonymisedAt() == null)
                .forEach(n -> repository.logRead(n.id(), reader, readerOrg, now));
        Map<Long, List<CompanyNote.Read>> reads = repository.reads(notes.stream()
                .filter(n -> n.authorOrg() == readerOrg)
                .map(CompanyNote::id)
                .toList());
        Map<Long, List<CompanyFollowUp>> agreed =
                followUps.ofNotes(notes.stream().map(CompanyNote::id).toList());
        return notes.stream()
                .map(n -> new CompanyNote(
                        n.id(),
                        n.visitDate(),
                        n.author(),
                        n.authorOrg(),
                        n.topics(),
                        n.title(),
                        n.notes(),
                        n.sharedWith(),
                        n.createdAt(),
                        n.anonymisedAt(),
                        reads.getOrDefault(n.id(), List.of()),
                        n.participants(),
                        agreed.getOrDefault(n.id(), List.of())))
                .toList();
    }
}
