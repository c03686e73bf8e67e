package dk.samspil.pipeline.internal;

import dk.samspil.pipeline.EntryPageContribution;
import dk.samspil.pipeline.EntryPageContribution.Place;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.PageFragment;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What other modules contribute to one place of an entry's page, in {@code @Order}, for the page's model. */
@Component
public class EntryPageParts {

    private final ObjectProvider<EntryPageContribution> contributions;

    EntryPageParts(ObjectProvider<EntryPageContribution> contributions) {
        this.contributions = contributions;
    }

    public List<PageFragment> at(Place place, PlannedProcurement entry) {
        return contributions
                .orderedStream()
                .filter(contribution -> contribution.place() == place)
                .flatMap(contribution -> contribution.forEntry(entry).stream())
                .toList();
    }
}
