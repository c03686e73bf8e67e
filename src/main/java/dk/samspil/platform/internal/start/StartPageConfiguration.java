package dk.samspil.platform.internal.start;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.PageFragment;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start page's place in the navigation, and the section for the roles whose own pages come later. */
@Configuration(proxyBeanMethods = false)
class StartPageConfiguration {

    @Bean
    NavigationItem startNavigation() {
        return NavigationItem.forRoles("start", "/intern", "nav.start", 5, Roles.STAFF.toArray(String[]::new));
    }

    /**
     * Case workers and job-centre consultants get their pages with the company register; until then the start page
     * lists what every user may use: the navigation entries that need no particular role.
     */
    @Bean
    StartPageSection todaySection(ObjectProvider<NavigationItem> navigation) {
        return StartPageSection.of(Set.of(Roles.CASEWORKER, Roles.JOBCENTER), 1000, () -> {
            List<NavigationItem> open = navigation.stream()
                    .filter(item -> item.anyOfRoles().isEmpty())
                    .filter(item -> !"/".equals(item.path()))
                    .sorted(Comparator.comparingInt(NavigationItem::order))
                    .toList();
            return Optional.of(new PageFragment("fragments/start", "today", open));
        });
    }
}
