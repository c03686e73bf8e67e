package dk.samspil.talent.internal;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.Roles;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The company's opportunities on its timeline, for the consultants and management who moderate them. */
@Component
class TalentTimeline implements CompanyTimelineContribution {

    private final TalentService talent;

    TalentTimeline(TalentService talent) {
        this.talent = talent;
    }

    @Override
    public List<CompanyTimelineItem> items(String cvr, Set<String> viewerRoles) {
        if (!viewerRoles.contains(Roles.CONSULTANT) && !viewerRoles.contains(Roles.MANAGEMENT)) {
            return List.of();
        }
        return talent.ofCompany(cvr).stream()
                .map(o -> new CompanyTimelineItem(
                        o.createdAt(), "talent.timeline", List.of(o.title()), "/intern/talent/" + o.id()))
                .toList();
    }
}
