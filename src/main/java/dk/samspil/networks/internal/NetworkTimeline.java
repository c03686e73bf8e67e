package dk.samspil.networks.internal;

import dk.samspil.companies.CompanyTimelineContribution;
import dk.samspil.companies.CompanyTimelineItem;
import dk.samspil.platform.DanishFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The company's network memberships on its timeline (joining, and leaving), for the staff who run networks. */
@Component
class NetworkTimeline implements CompanyTimelineContribution {

    private final NetworkService networks;

    NetworkTimeline(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public List<CompanyTimelineItem> items(String cvr, Set<String> viewerRoles) {
        if (viewerRoles.stream().noneMatch(List.of(NetworkConfiguration.STAFF)::contains)) {
            return List.of();
        }
        List<CompanyTimelineItem> items = new ArrayList<>();
        for (Map.Entry<Network, Member> membership : networks.ofCompany(cvr)) {
            Network network = membership.getKey();
            Member member = membership.getValue();
            String link = NetworkPages.path(network.id());
            items.add(new CompanyTimelineItem(
                    member.joinedOn().atStartOfDay(DanishFormats.ZONE).toInstant(),
                    "networks.timeline.joined",
                    List.of(network.name()),
                    link));
            if (member.leftOn() != null) {
                items.add(new CompanyTimelineItem(
                        member.leftOn().atStartOfDay(DanishFormats.ZONE).toInstant(),
                        "networks.timeline.left",
                        List.of(network.name()),
                        link));
            }
        }
        return items;
    }
}
