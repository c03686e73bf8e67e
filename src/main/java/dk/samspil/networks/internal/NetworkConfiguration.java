package dk.samspil.networks.internal;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.StartPageSection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Routes of the networks module: the business centre's staff (consultants, management) and administrators run the
 * networks; a network's public page and its membership request are for everyone (the platform rate-limits
 * anonymous POSTs), as is the calendar feed of a network with a public page.
 */
@Configuration(proxyBeanMethods = false)
class NetworkConfiguration {

    static final String[] STAFF = {Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN};

    @Bean
    RouteAuthorization networkRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(NetworkPages.HOME, NetworkPages.HOME + "/**").hasAnyRole(STAFF);
            routes.requestMatchers(HttpMethod.GET, NetworkApiController.PATH + "/*/meetings.ics")
                    .permitAll();
            routes.requestMatchers(NetworkApiController.PATH, NetworkApiController.PATH + "/**")
                    .hasAnyRole(STAFF);
            routes.requestMatchers(PublicNetworkController.HOME, PublicNetworkController.HOME + "/**")
                    .permitAll();
        };
    }

    @Bean
    NavigationItem networkNavigation() {
        return NavigationItem.everyone("networks", PublicNetworkController.HOME, "nav.networks", 47);
    }

    @Bean
    NavigationItem networkStaffNavigation() {
        return NavigationItem.forRoles("networks-staff", NetworkPages.HOME, "nav.networks.staff", 147, STAFF);
    }

    @Bean
    StartPageSection networkStartSection(NetworkService networks) {
        return StartPageSection.of(
                Set.of(STAFF),
                47,
                () -> Optional.of(new StartPageSection.Figures(
                                "networks.start.heading",
                                List.of(
                                        new StartPageSection.Figure(
                                                "networks.start.networks",
                                                networks.networks().size(),
                                                NetworkPages.HOME),
                                        new StartPageSection.Figure(
                                                "networks.start.requests",
                                                networks.pendingRequestCount(),
                                                NetworkPages.HOME)))
                        .fragment()));
    }
}
