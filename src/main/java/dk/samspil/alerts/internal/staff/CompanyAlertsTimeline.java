package dk.samspil.alerts.internal.staff;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.Roles;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a company's timeline, for the business centre: how many active alerts the company's subscribers keep and in
 * which CPV areas. Never the subscribers' addresses.
 */
@Component
class CompanyAlertsTimeline implements CompanyTimelineContribution {

    private static final Set<String> VIEWERS = Set.of(Roles.CONSULTANT, Roles.MANAGEMENT);
    private static final int SHOWN_AREAS = 5;

    private final JdbcClient jdbc;
    private final CpvCatalogue cpv;

    CompanyAlertsTimeline(JdbcClient jdbc, CpvCatalogue cpv) {
        this.jdbc = jdbc;
        this.cpv = cpv;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompanyTimelineItem> items(String cvr, Set<String> viewerRoles) {
        if (viewerRoles.stream().noneMatch(VIEWERS::contains)) {
            return List.of();
        }
        record Active(long count, Instant since, String[] codes) {}
        Optional<Active> active = jdbc.sql("""
                        SELECT count(*) AS n, coalesce(min(s.confirmed_at), now()) AS since,
                               array(SELECT DISTINCT c FROM alert_subscription s2
                                     JOIN alert_subscriber b2 ON b2.id = s2.subscriber_id,
                                     unnest(s2.cpv_codes) c
                                     WHERE b2.company_cvr = :cvr AND s2.status = 'ACTIVE' ORDER BY c) AS codes
                        FROM alert_subscription s JOIN alert_subscriber b ON b.id = s.subscriber_id
                        WHERE b.company_cvr = :cvr AND s.status = 'ACTIVE'
                        HAVING count(*) > 0""")
                .param("cvr", cvr)
                .query((rs, i) ->
                        new Active(rs.getLong("n"), rs.getTimestamp("since").toInstant(), (String[])
                                rs.getArray("codes").getArray()))
                .optional();
        return active.map(a -> List.of(new CompanyTimelineItem(
                        a.since(), "alerts.timeline.active", List.of(a.count(), areas(a.codes())), "/intern/varsling")))
                .orElse(List.of());
    }

    private String areas(String[] codes) {
        if (codes.length == 0) {
            return "–";
        }
        String shown = Arrays.stream(codes)
                .limit(SHOWN_AREAS)
                .map(code -> cpv.label(CpvCode.parse(code), LocaleContextHolder.getLocale())
                        .orElse(code))
                .collect(Collectors.joining(", "));
        return codes.length > SHOWN_AREAS ? shown + " …" : shown;
    }
}
