package dk.samspil.platform.internal.web;

import dk.samspil.platform.FrontPageContribution;
import dk.samspil.platform.FrontPageContribution.Place;
import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.PageFragment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page and the statutory pages every Danish public website carries. */
@Controller
class SiteController {

    private static final Logger log = LoggerFactory.getLogger(SiteController.class);

    private final ObjectProvider<FrontPageContribution> contributions;
    private final List<NavigationItem> sections;

    SiteController(ObjectProvider<FrontPageContribution> contributions, List<NavigationItem> navigation) {
        this.contributions = contributions;
        // The public sections other than the front page itself, as cards that lead there.
        this.sections = navigation.stream()
                .filter(item -> !item.loginRequired() && !"/".equals(item.path()))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @GetMapping("/")
    String home(Model model) {
        Map<Place, List<PageFragment>> parts = new EnumMap<>(Place.class);
        for (Place place : Place.values()) {
            parts.put(place, new ArrayList<>());
        }
        contributions
                .orderedStream()
                .forEach(contribution -> fragment(contribution)
                        .ifPresent(fragment -> parts.get(contribution.place()).add(fragment)));
        model.addAttribute("frontSearch", parts.get(Place.SEARCH));
        model.addAttribute("frontActions", parts.get(Place.ACTIONS));
        model.addAttribute("frontSections", parts.get(Place.SECTIONS));
        model.addAttribute("frontContact", parts.get(Place.CONTACT));
        model.addAttribute("sections", sections);
        model.addAttribute("navSection", "home");
        return "home";
    }

    /** A part whose data cannot be read is left out, so the front page still leads visitors on. */
    private static Optional<PageFragment> fragment(FrontPageContribution contribution) {
        try {
            return contribution.fragment();
        } catch (DataAccessException e) {
            log.warn("Front page part {} left out: {}", contribution.getClass().getSimpleName(), e.getMessage());
            return Optional.empty();
        }
    }

    @GetMapping("/tilgaengelighed")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/privatliv")
    String privacy() {
        return "privacy";
    }
}
