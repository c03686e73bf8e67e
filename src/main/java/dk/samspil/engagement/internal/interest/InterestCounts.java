package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.EntryCounts;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The officers' list shows how many companies confirmed interest in each entry (the last column). */
@Component
@Order(20)
class InterestCounts implements EntryCounts {

    private final Interests interests;

    InterestCounts(Interests interests) {
        this.interests = interests;
    }

    @Override
    public String labelKey() {
        return "engagement.interest.staff.column";
    }

    @Override
    public Map<String, Integer> forReferences(Collection<String> references) {
        return interests.confirmedCounts(references);
    }
}
