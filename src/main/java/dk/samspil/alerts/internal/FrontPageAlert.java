package dk.samspil.alerts.internal;

import dk.samspil.platform.FrontPageContribution;
import dk.samspil.platform.PageFragment;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The front page's call to action next to the search: "Få besked om nye indkøb", leading to the alert form. */
@Component
@Order(10)
class FrontPageAlert implements FrontPageContribution {

    @Override
    public Place place() {
        return Place.ACTIONS;
    }

    @Override
    public Optional<PageFragment> fragment() {
        return Optional.of(new PageFragment("alerts/front", "frontAlert", "/varsling"));
    }
}
