package dk.samspil.alerts.internal.staff;

import dk.samspil.companies.CompanyInterestSource;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the company register's filter "interested in purchases in CPV X": the companies (by the CVR number their
 * subscribers gave) with an active alert in a CPV area that overlaps X, inside it or around it.
 */
@Component
class CompanyAlertInterests implements CompanyInterestSource {

    private final JdbcClient jdbc;

    CompanyAlertInterests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> interestedIn(String cpvPrefix) {
        return new HashSet<>(
                jdbc.sql("""
                        SELECT DISTINCT cvr FROM (
                            SELECT b.company_cvr AS cvr, rpad(rtrim(left(c, 8), '0'), 2, '0') AS area
                            FROM alert_subscription s JOIN alert_subscriber b ON b.id = s.subscriber_id,
                                 unnest(s.cpv_codes) c
                            WHERE b.company_cvr IS NOT NULL AND s.status = 'ACTIVE') interests
                        WHERE area LIKE :prefix || '%' OR :prefix LIKE area || '%'""").param("prefix", cpvPrefix).query(String.class).list());
    }
}
