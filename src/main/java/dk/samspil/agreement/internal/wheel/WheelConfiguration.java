package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.PageFragment;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.StartPageSection;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Routes of the annual wheel: management (and administrators, as management) change it, consultants and procurement
 * read it. The iCalendar feed is open to the route authorisation because calendar clients cannot log in: its
 * controller lets in a reader who is logged in or a request with a valid personal feed token, and nobody else.
 */
@Configuration(proxyBeanMethods = false)
class WheelConfiguration {

    @Bean
    RouteAuthorization agreementWheelRouteAuthorization() {
        return routes -> {
            // the token check is in WheelController.feed
            routes.requestMatchers(HttpMethod.GET, WheelPaths.FEED).permitAll();
            routes.requestMatchers(HttpMethod.GET, WheelPaths.HOME).hasAnyRole(WheelPaths.READERS);
            // every reader makes and revokes their own feed links
            routes.requestMatchers(HttpMethod.POST, WheelPaths.FEED_LINKS, WheelPaths.FEED_LINKS + "/**")
                    .hasAnyRole(WheelPaths.READERS);
            routes.requestMatchers(WheelPaths.HOME, WheelPaths.HOME + "/**").hasAnyRole(WheelPaths.EDITORS);
        };
    }

    @Bean
    NavigationItem agreementWheelNavigation() {
        return NavigationItem.forRoles(WheelPaths.NAV, WheelPaths.HOME, "agreement.wheel.nav", 152, WheelPaths.READERS);
    }

    /** The next dates of the wheel, with the way to it, on the start page of everyone who reads it. */
    @Bean
    StartPageSection agreementWheelStartSection(WheelService wheel) {
        return StartPageSection.of(
                Set.of(WheelPaths.READERS),
                52,
                () -> Optional.of(new PageFragment("agreement/wheel/start", "upcoming", wheel.upcoming(3))));
    }
}
