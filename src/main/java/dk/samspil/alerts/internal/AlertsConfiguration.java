package dk.samspil.alerts.internal;

import dk.samspil.platform.CsrfExemptPaths;
import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Everything under {@code /varsling} and subscribing through the API is public: subscribers have no account, signed
 * links authorise them. The one-click unsubscribe POST needs no CSRF token (RFC 8058).
 */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    @Bean
    RouteAuthorization alertsRouteAuthorization() {
        return routes -> {
            routes.requestMatchers("/varsling", "/varsling/**").permitAll();
            routes.requestMatchers(HttpMethod.POST, "/api/v1/subscriptions").permitAll();
        };
    }

    @Bean
    CsrfExemptPaths alertsOneClickUnsubscribe() {
        return CsrfExemptPaths.of("/varsling/afmeld");
    }

    @Bean
    NavigationItem alertsNavigation() {
        return NavigationItem.everyone("alerts", "/varsling", "nav.alerts", 20);
    }
}
