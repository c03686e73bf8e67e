package dk.samspil.alerts.internal.staff;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The alerts staff pages hold subscribers' personal data: procurement, business consultants and administrators only. */
@Configuration(proxyBeanMethods = false)
class AlertStaffRoutes {

    static final String[] ROLES = {Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN};

    @Bean
    RouteAuthorization alertStaffRouteAuthorization() {
        return routes -> routes.requestMatchers("/intern/varsling", "/intern/varsling/**")
                .hasAnyRole(ROLES);
    }

    @Bean
    NavigationItem alertStaffNavigation() {
        return NavigationItem.forRoles("alerts-staff", "/intern/varsling", "nav.alerts.staff", 110, ROLES);
    }
}
