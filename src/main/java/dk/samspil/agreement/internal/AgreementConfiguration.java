package dk.samspil.agreement.internal;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Routes of the agreement: management of both parties edits; consultants and procurement read (and propose ideas for
 * joint projects); the administrator reads and configures the focus areas and the indicators.
 */
@Configuration(proxyBeanMethods = false)
class AgreementConfiguration {

    @Bean
    RouteAuthorization agreementRouteAuthorization() {
        String home = AgreementPages.HOME;
        return routes -> {
            routes.requestMatchers(AgreementPages.SETTINGS, AgreementPages.SETTINGS + "/**")
                    .hasRole(Roles.ADMIN);
            routes.requestMatchers(HttpMethod.POST, home + "/ideer/ny").hasAnyRole(AgreementPages.READERS);
            routes.requestMatchers(HttpMethod.GET, home, home + "/**").hasAnyRole(AgreementPages.READERS);
            routes.requestMatchers(home, home + "/**").hasRole(Roles.MANAGEMENT);
        };
    }

    @Bean
    NavigationItem agreementNavigation() {
        return NavigationItem.forRoles(
                AgreementPages.NAV, AgreementPages.HOME, "nav.agreement", 80, AgreementPages.READERS);
    }
}
