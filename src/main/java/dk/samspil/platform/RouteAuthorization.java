package dk.samspil.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * How a module declares who may reach its routes. Every module that serves pages or API endpoints provides one
 * bean; the platform applies them all before its final rule that everything else needs a logged-in user.
 * Public routes must be declared here explicitly with {@code permitAll()}.
 */
@FunctionalInterface
public interface RouteAuthorization {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
