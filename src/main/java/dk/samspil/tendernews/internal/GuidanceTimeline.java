package dk.samspil.tendernews.internal;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.Roles;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The company's phone guidance contacts on its timeline, for the business centre's consultants and management. */
@Component
class GuidanceTimeline implements CompanyTimelineContribution {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final GuidanceService guidance;

    GuidanceTimeline(GuidanceService guidance) {
        this.guidance = guidance;
    }

    @Override
    public List<CompanyTimelineItem> items(String cvr, Set<String> viewerRoles) {
        if (!viewerRoles.contains(Roles.CONSULTANT) && !viewerRoles.contains(Roles.MANAGEMENT)) {
            return List.of();
        }
        return guidance.ofCompany(cvr).stream()
                .map(g -> new CompanyTimelineItem(
                        g.contactedOn().atTime(12, 0).atZone(COPENHAGEN).toInstant(),
                        g.passedToProvider() ? "tendernews.timeline.guidance.passed" : "tendernews.timeline.guidance",
                        List.of(g.subject()),
                        GuidanceController.BASE + "#vejledning-" + g.id()))
                .toList();
    }
}
