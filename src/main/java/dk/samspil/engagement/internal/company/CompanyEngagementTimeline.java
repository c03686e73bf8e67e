package dk.samspil.engagement.internal.company;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a company's timeline: its confirmed expressions of interest in planned purchases (for the business centre and
 * procurement officers) and its event registrations and attendance (for the business centre).
 */
@Component
class CompanyEngagementTimeline implements CompanyTimelineContribution {

    private static final int SHOWN = 50;

    private final JdbcClient jdbc;

    CompanyEngagementTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompanyTimelineItem> items(String cvr, Set<String> viewerRoles) {
        boolean businessCentre = viewerRoles.contains(Roles.CONSULTANT) || viewerRoles.contains(Roles.MANAGEMENT);
        boolean procurement = viewerRoles.contains(Roles.PROCUREMENT);
        List<CompanyTimelineItem> items = new ArrayList<>();
        if (businessCentre || procurement) {
            String link = businessCentre ? "/intern/partnere/" : "/intern/indkoeb/";
            String suffix = businessCentre ? "" : "/interesse";
            items.addAll(jdbc.sql("""
                            SELECT procurement_reference, confirmed_at FROM engagement_interest
                            WHERE company_cvr = :cvr AND status = 'CONFIRMED'
                            ORDER BY confirmed_at DESC LIMIT :limit""")
                    .param("cvr", cvr)
                    .param("limit", SHOWN)
                    .query((rs, i) -> new CompanyTimelineItem(
                            rs.getTimestamp("confirmed_at").toInstant(),
                            "engagement.timeline.interest",
                            List.of(rs.getString("procurement_reference")),
                            link + rs.getString("procurement_reference") + suffix))
                    .list());
        }
        if (businessCentre) {
            items.addAll(jdbc.sql("""
                            SELECT e.id, e.title, e.starts_at, r.status, r.attended
                            FROM engagement_registration r JOIN engagement_event e ON e.id = r.event_id
                            WHERE r.cvr = :cvr AND r.status IN ('CONFIRMED', 'WAITING', 'OFFERED')
                            ORDER BY e.starts_at DESC LIMIT :limit""")
                    .param("cvr", cvr)
                    .param("limit", SHOWN)
                    .query((rs, i) -> new CompanyTimelineItem(
                            rs.getTimestamp("starts_at").toInstant(),
                            rs.getBoolean("attended")
                                    ? "engagement.timeline.attended"
                                    : "engagement.timeline.registration." + rs.getString("status"),
                            List.of(rs.getString("title")),
                            "/intern/arrangementer/" + rs.getLong("id")))
                    .list());
        }
        return items;
    }
}
