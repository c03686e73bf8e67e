package dk.samspil.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * How a module declares who may reach its routes. Every module that serves pages or API endpoints provides one
 * bean; the platform applies them all before its final rule that everything else needs a logged-in user (except a
 * path no route serves at all, which is a 404 for everyone outside the staff areas). Public routes must be declared
 * here explicitly with {@code permitAll()}.
 */
@FunctionalInterface
public interface RouteAuthorization {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
