package dk.samspil.companies.internal;

import dk.samspil.companies.CompaniesProperties;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal data in the register is not kept for ever: after {@code samspil.companies.retention} without activity,
 * contact persons are erased and notes anonymised (their text, author and read log emptied, the note itself kept so
 * the company's page can say what happened).
 */
@Component
class CompanyRetention {

    private static final Logger log = LoggerFactory.getLogger(CompanyRetention.class);

    record Result(int contactsErased, int notesAnonymised) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CompaniesProperties properties;
    private final Clock clock;
    private final CompanySearch search;

    CompanyRetention(
            JdbcClient jdbc, AuditLog audit, CompaniesProperties properties, Clock clock, CompanySearch search) {
        this.search = search;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${samspil.companies.retention-interval:1d}", initialDelayString = "5m")
    void scheduled() {
        Result result = run();
        if (result.contactsErased() + result.notesAnonymised() > 0) {
            log.info(
                    "Retention: {} contact persons erased, {} notes anonymised",
                    result.contactsErased(),
                    result.notesAnonymised());
        }
    }

    @Transactional
    Result run() {
        Instant now = clock.instant();
        Timestamp cutoff = Timestamp.from(now.minus(properties.retention()));
        List<Long> contacts = jdbc.sql("DELETE FROM company_contact WHERE created_at < :cutoff RETURNING id")
                .param("cutoff", cutoff)
                .query(Long.class)
                .list();
        contacts.forEach(
                id -> audit.record(AuditLog.Action.DELETE, CompanyService.CONTACT, id, Map.of(), AuditActor.system()));
        List<Long> notes = jdbc.sql("""
                        UPDATE company_note SET title = '', notes = '', author = '', topics = '{}', participants = '{}',
                                                anonymised_at = :now
                        WHERE created_at < :cutoff AND anonymised_at IS NULL
                        RETURNING id""")
                .param("cutoff", cutoff)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
        if (!notes.isEmpty()) {
            jdbc.sql("DELETE FROM company_note_read WHERE note_id IN (:ids)")
                    .param("ids", notes)
                    .update();
            jdbc.sql("DELETE FROM company_follow_up WHERE note_id IN (:ids)")
                    .param("ids", notes)
                    .update();
            // an anonymised note's title no longer finds its company
            search.refresh(jdbc.sql("SELECT DISTINCT company_id FROM company_note WHERE id IN (:ids)")
                    .param("ids", notes)
                    .query(Long.class)
                    .list());
        }
        notes.forEach(
                id -> audit.record(AuditLog.Action.UPDATE, CompanyService.NOTE, id, Map.of(), AuditActor.system()));
        return new Result(contacts.size(), notes.size());
    }
}
