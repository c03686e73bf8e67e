package dk.samspil.identity.internal;

import dk.samspil.identity.LoginProperties;
import dk.samspil.identity.SingleSignOnProperties;
import dk.samspil.platform.WebLoginCustomizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect when identity providers are configured ({@code spring.security.oauth2.client.*}):
 * the authorization code flow with PKCE and a nonce, users created and their roles set at every login
 * ({@link SingleSignOnService}), every refusal audited and answered with a Danish page, and RP-initiated logout at the
 * provider. Also switches the local login off when {@code samspil.login.local-accounts-enabled} is false.
 */
@Component
class SingleSignOnLogin implements WebLoginCustomizer {

    static final String REFUSED_PATH = "/login/afvist";
    private static final String CALLBACK_PREFIX = "/login/oauth2/code/";
    private static final Logger log = LoggerFactory.getLogger(SingleSignOnLogin.class);

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final SingleSignOnService signOn;
    private final SingleSignOnProperties properties;
    private final LoginProperties loginProperties;

    SingleSignOnLogin(
            ObjectProvider<ClientRegistrationRepository> registrations,
            SingleSignOnService signOn,
            SingleSignOnProperties properties,
            LoginProperties loginProperties) {
        this.registrations = registrations;
        this.signOn = signOn;
        this.properties = properties;
        this.loginProperties = loginProperties;
    }

    /** The configured identity providers, in the order of the settings (none without settings). */
    List<ClientRegistration> providers() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (!(repository instanceof Iterable<?> all)) {
            return List.of();
        }
        List<ClientRegistration> found = new java.util.ArrayList<>();
        all.forEach(registration -> found.add((ClientRegistration) registration));
        return found;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (!loginProperties.localAccountsEnabled()) {
            http.formLogin(form -> form.disable());
            if (repository == null) {
                log.warn("samspil.login.local-accounts-enabled is false and no identity provider is configured "
                        + "(spring.security.oauth2.client.registration.*): nobody can log in");
            }
        }
        if (repository == null) {
            return;
        }
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                repository, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(repository);
        logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        logout.setDefaultTargetUrl("/login?logout");
        http.oauth2Login(login -> login.loginPage("/login")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(
                                userInfo -> userInfo.oidcUserService(new StaffOidcUserService(signOn, properties)))
                        .failureHandler(new RefusalHandler()))
                .logout(out -> out.logoutSuccessHandler(logout));
    }

    /** The providers' authorization and logout endpoints: the logout redirect follows the logout form's POST. */
    @Override
    public Set<String> formActionOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        for (ClientRegistration registration : providers()) {
            ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
            origin(provider.getAuthorizationUri()).ifPresent(origins::add);
            Object endSession = provider.getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                origin(endSession.toString()).ifPresent(origins::add);
            }
        }
        return origins;
    }

    private static java.util.Optional<String> origin(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(parsed.getScheme() + "://" + parsed.getHost()
                    + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** Every refused single sign-on goes to the audit log and to a Danish page that says what to do. */
    private final class RefusalHandler implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            SsoRefusal reason =
                    exception instanceof SsoRefusedException refused ? refused.reason() : SsoRefusal.INVALID_RESPONSE;
            String email = exception instanceof SsoRefusedException refused ? refused.email() : null;
            String cause = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            String detail = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getDescription()
                    : exception.getMessage();
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String registrationId = path.startsWith(CALLBACK_PREFIX) ? path.substring(CALLBACK_PREFIX.length()) : null;
            log.info("Single sign-on refused: {} ({}): {}", cause, reason, detail);
            signOn.recordRefusal(registrationId, cause, detail, email, request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + REFUSED_PATH + "?aarsag=" + reason.slug());
        }
    }
}
