package dk.samspil.companies.internal;

import dk.samspil.platform.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a recorded CVR import as a whole, once: the companies it changed get back what they held before, the ones
 * it created are deleted unless something refers to them (a note, a contact, ...), which are kept and counted. An
 * import is not undone while a later import that is not undone has changed the same companies.
 */
@Service
class CvrImportUndo {

    static final String IMPORT = "CompanyImport";

    /** The outcome: how many companies got their old values back, how many were deleted, how many kept. */
    record Undone(int restored, int deleted, int kept) implements java.io.Serializable {}

    /** No such import. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("No such import");
        }
    }

    /** The import was undone already (or has nothing to undo). */
    static final class AlreadyUndone extends RuntimeException {
        AlreadyUndone() {
            super("Import already undone");
        }
    }

    /** A later import changed the same companies; it must be undone first. */
    static final class LaterImportFirst extends RuntimeException {
        private final transient CompanyImportRepository.ImportRecord later;

        LaterImportFirst(CompanyImportRepository.ImportRecord later) {
            super("A later import changed the same companies");
            this.later = later;
        }

        CompanyImportRepository.ImportRecord later() {
            return later;
        }
    }

    private final CompanyImportRepository imports;
    private final AuditLog audit;
    private final Clock clock;

    CvrImportUndo(CompanyImportRepository imports, AuditLog audit, Clock clock) {
        this.imports = imports;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CompanyImportRepository.ImportRecord> recent(int limit) {
        return imports.recent(limit);
    }

    @Transactional
    Undone undo(long importId, String by) {
        CompanyImportRepository.ImportRecord record = imports.lock(importId).orElseThrow(NotFound::new);
        if (record.undone()) {
            throw new AlreadyUndone();
        }
        imports.laterTouching(importId).ifPresent(later -> {
            throw new LaterImportFirst(later);
        });
        Instant now = clock.instant();
        int restored = 0;
        int deleted = 0;
        int kept = 0;
        for (CompanyImportRepository.Change change : imports.changes(importId)) {
            if (change.before() == null) {
                if (imports.referenced(change.cvr())) {
                    kept++;
                    continue;
                }
                CvrFacts gone = imports.current(change.cvr()).orElse(null);
                if (gone != null) {
                    imports.delete(change.cvr());
                    audit.deleted(CompanyService.COMPANY, change.cvr(), gone);
                    deleted++;
                }
            } else {
                CvrFacts current = imports.current(change.cvr()).orElse(null);
                if (current != null) {
                    imports.restore(change.before(), now);
                    audit.updated(
                            CompanyService.COMPANY,
                            change.cvr(),
                            current,
                            change.before().facts());
                    restored++;
                }
            }
        }
        imports.markUndone(importId, by, kept, now);
        audit.updated(
                IMPORT,
                importId,
                Map.of("undone", "false"),
                Map.of("undone", "true", "restored", restored, "deleted", deleted, "kept", kept));
        return new Undone(restored, deleted, kept);
    }
}
