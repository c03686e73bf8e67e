package dk.samspil.engagement.internal.events;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Public: the event pages, reading published events and registering (form and API) and the personal registration
 * page by signed link.
 * Staff pages and the staff API need PROCUREMENT, CONSULTANT or ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class EventRoutes {

    @Bean
    RouteAuthorization eventRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(
                            HttpMethod.GET, "/arrangementer", "/arrangementer/*", "/api/v1/events", "/api/v1/events/*")
                    .permitAll();
            routes.requestMatchers(HttpMethod.POST, "/arrangementer/*/tilmelding", "/api/v1/events/*/registrations")
                    .permitAll();
            routes.requestMatchers("/tilmelding/**").permitAll();
            routes.requestMatchers(
                            "/intern/arrangementer", "/intern/arrangementer/**", "/api/v1/events", "/api/v1/events/**")
                    .hasAnyRole(Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN);
        };
    }

    @Bean
    NavigationItem publicEventsNavigation() {
        return NavigationItem.everyone("events", "/arrangementer", "nav.events.public", 30);
    }

    @Bean
    NavigationItem staffEventsNavigation() {
        return NavigationItem.forRoles(
                "events-staff",
                "/intern/arrangementer",
                "nav.events.staff",
                110,
                Roles.PROCUREMENT,
                Roles.CONSULTANT,
                Roles.ADMIN);
    }
}
