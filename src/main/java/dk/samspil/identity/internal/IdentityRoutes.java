package dk.samspil.identity.internal;

import dk.samspil.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach the identity module's routes ({@code /login} and {@code /admin/**} are declared by the platform). */
@Configuration(proxyBeanMethods = false)
class IdentityRoutes {

    @Bean
    RouteAuthorization identityRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(
                            "/opsaetning", "/login/afvist", "/glemt-adgangskode", "/invitation", "/adgangskode/ny")
                    .permitAll();
            routes.requestMatchers("/konto", "/konto/**").authenticated();
            routes.requestMatchers("/api/v1/me").authenticated();
        };
    }
}
