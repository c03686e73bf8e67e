package dk.samspil.platform;

import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How a module adds ways to log in to the web pages beyond the platform's form login (single sign-on with an
 * identity provider, for instance). The platform applies every such bean to the web filter chain after its own
 * login and logout settings, so a customizer may replace them.
 */
public interface WebLoginCustomizer {

    void configure(HttpSecurity http) throws Exception;

    /**
     * Origins (scheme, host and port) outside Samspil that a form or its redirect may lead to, e.g. the identity
     * provider's logout endpoint: the Content-Security-Policy's {@code form-action} lets them through.
     */
    default Set<String> formActionOrigins() {
        return Set.of();
    }
}
