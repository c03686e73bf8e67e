package dk.samspil.inquiries.internal;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.Roles;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a company's timeline: the inquiries that gave its CVR number, for those who handle inquiries. */
@Component
class CompanyInquiryTimeline implements CompanyTimelineContribution {

    private static final int SHOWN = 50;

    private final JdbcClient jdbc;

    CompanyInquiryTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompanyTimelineItem> items(String cvr, Set<String> viewerRoles) {
        if (!viewerRoles.contains(Roles.CONSULTANT) && !viewerRoles.contains(Roles.MANAGEMENT)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, case_number, subject, created_at FROM inquiry
                        WHERE cvr = :cvr ORDER BY created_at DESC LIMIT :limit""")
                .param("cvr", cvr)
                .param("limit", SHOWN)
                .query((rs, i) -> new CompanyTimelineItem(
                        rs.getTimestamp("created_at").toInstant(),
                        "inquiries.timeline.inquiry",
                        List.of(rs.getString("case_number"), rs.getString("subject")),
                        InquiryController.BASE + "/" + rs.getLong("id")))
                .list();
    }
}
