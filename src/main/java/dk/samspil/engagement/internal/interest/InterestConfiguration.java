package dk.samspil.engagement.internal.interest;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Expressing interest and the personal interest pages are public: companies have no account, signed links authorise
 * them. The staff page of an entry's interests is for {@code PROCUREMENT} and {@code ADMIN}: who intends to bid is
 * sensitive before the tender, so it stays with the procurement officers, like the rest of {@code /intern/indkoeb}.
 * The business centre's consultants and management broker partnerships ({@code /intern/partnere}): they see the
 * partner seekers, who agreed to be seen by other partner seekers, and only the number of the other companies.
 * Ordered first, because the pipeline reserves everything else under {@code /api/v1/procurements/**} for staff.
 */
@Configuration(proxyBeanMethods = false)
class InterestConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouteAuthorization interestRouteAuthorization() {
        return routes -> {
            routes.requestMatchers("/kommende-indkob/*/interesse", "/interesse/**")
                    .permitAll();
            routes.requestMatchers(HttpMethod.POST, "/api/v1/procurements/*/interest")
                    .permitAll();
            routes.requestMatchers(
                            "/intern/indkoeb/*/interesse",
                            "/intern/indkoeb/*/interesse.csv",
                            "/intern/indkoeb/*/interesse.xlsx")
                    .hasAnyRole(Roles.PROCUREMENT, Roles.ADMIN);
            routes.requestMatchers("/intern/partnere", "/intern/partnere/**")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT);
        };
    }

    @Bean
    NavigationItem matchmakingNavigation() {
        return NavigationItem.forRoles(
                "matchmaking", "/intern/partnere", "nav.matchmaking", 150, Roles.CONSULTANT, Roles.MANAGEMENT);
    }
}
