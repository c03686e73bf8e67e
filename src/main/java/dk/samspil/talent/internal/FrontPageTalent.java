package dk.samspil.talent.internal;

import dk.samspil.platform.FrontPageContribution;
import dk.samspil.platform.PageFragment;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The front page's card of the talent bridge: the newest published opportunities still open for applications, in
 * one query, with a link to the students' search; nothing while there are none.
 */
@Component
@Order(30)
class FrontPageTalent implements FrontPageContribution {

    static final int SHOWN = 3;

    private final TalentService talent;

    FrontPageTalent(TalentService talent) {
        this.talent = talent;
    }

    @Override
    public Place place() {
        return Place.SECTIONS;
    }

    @Override
    public Optional<PageFragment> fragment() {
        List<Opportunity> newest = talent.newestPublished(SHOWN);
        return newest.isEmpty()
                ? Optional.empty()
                : Optional.of(new PageFragment("talent/front", "frontOpportunities", newest));
    }
}
