package dk.samspil.inquiries.internal;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
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
 * Removes the inquirer's personal data from inquiries closed longer ago than {@code samspil.inquiries.retention}:
 * name, e-mail, phone and message, the texts of notes and mails on the case and the addresses in its log. The case
 * number, dates, channel, topic and CVR number stay for the figures.
 */
@Component
class InquiryRetention {

    private static final Logger log = LoggerFactory.getLogger(InquiryRetention.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final InquiryProperties properties;
    private final Clock clock;

    InquiryRetention(JdbcClient jdbc, AuditLog audit, InquiryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${samspil.inquiries.retention-interval:1d}", initialDelayString = "7m")
    void scheduled() {
        int anonymised = run(clock.instant());
        if (anonymised > 0) {
            log.info(
                    "Inquiries: personal data removed from {} closed inquiries after the retention period", anonymised);
        }
    }

    /** @return how many inquiries were anonymised now */
    @Transactional
    int run(Instant now) {
        Instant cutoff =
                now.atZone(DanishFormats.ZONE).minus(properties.retention()).toInstant();
        List<String> cases = jdbc.sql("""
                        UPDATE inquiry SET from_name = '', company_name = NULL, email = NULL, phone = NULL, message = '',
                               anonymised_at = :now
                        WHERE status = 'CLOSED' AND anonymised_at IS NULL AND coalesce(closed_at, created_at) < :cutoff
                        RETURNING case_number""")
                .param("now", Timestamp.from(now))
                .param("cutoff", Timestamp.from(cutoff))
                .query(String.class)
                .list();
        if (cases.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                        UPDATE inquiry_entry SET body = '', counterpart = NULL
                        WHERE inquiry_id IN (SELECT id FROM inquiry WHERE case_number IN (:cases))""").param("cases", cases).update();
        jdbc.sql(
                        "DELETE FROM inquiry_attachment WHERE inquiry_id IN (SELECT id FROM inquiry WHERE case_number IN (:cases))")
                .param("cases", cases)
                .update();
        jdbc.sql("""
                        UPDATE inquiry_event SET detail = NULL
                        WHERE kind IN ('RECEIPT', 'REPLIED', 'INCOMING')
                          AND inquiry_id IN (SELECT id FROM inquiry WHERE case_number IN (:cases))""").param("cases", cases).update();
        cases.forEach(caseNumber -> audit.record(
                AuditLog.Action.UPDATE, InquiryService.INQUIRY, caseNumber, Map.of(), AuditActor.system()));
        return cases.size();
    }
}
