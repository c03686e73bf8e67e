package dk.samspil.platform.internal.security;

import dk.samspil.platform.ApiTokenAuthenticator;
import dk.samspil.platform.CsrfExemptPaths;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.SearchPaths;
import dk.samspil.platform.WebLoginCustomizer;
import dk.samspil.platform.internal.ratelimit.InstanceRateLimiter;
import dk.samspil.platform.internal.ratelimit.RateLimitFilter;
import dk.samspil.platform.internal.ratelimit.RateLimiter;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Two filter chains: the JSON API (bearer tokens, stateless, no CSRF because no cookie authenticates it) and the
 * web pages (form login, sessions in PostgreSQL, CSRF on every form; modules add other logins, such as single sign-on,
 * through {@link WebLoginCustomizer} beans). Modules declare their routes through
 * {@link RouteAuthorization} beans; whatever nobody declared needs a logged-in user, except a path no route serves:
 * that is answered with 404 for everyone (a Danish page, or a problem on the API), not with the login page. The staff
 * areas ({@code /intern/**}, {@code /admin/**}) and the operator endpoints ask for a login even for unknown paths, so
 * their paths reveal nothing to strangers; the API's routes are public knowledge ({@code /v3/api-docs}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Swagger UI sets style attributes from its scripts; only its own pages may use inline styles. */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
            SecurityHeaders.CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher SWAGGER_UI =
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            List<RouteAuthorization> modules,
            ObjectProvider<ApiTokenAuthenticator> tokens,
            PlatformProperties properties,
            RateLimiter rateLimiter,
            InstanceRateLimiter searchLimiter,
            List<SearchPaths> searchPaths,
            ProblemResponses problems,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(routes -> {
                    routes.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    routes.requestMatchers("/actuator/prometheus").hasAnyRole(Roles.ADMIN, Roles.METRICS);
                    modules.forEach(module -> module.configure(routes));
                    routes.requestMatchers(new AndRequestMatcher(API, new UnknownRoutes(mappings)))
                            .permitAll();
                    routes.anyRequest().authenticated();
                })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(
                                (request, response, e) -> problems.write(request, response, 401))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, 403)))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, properties, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(
                        RateLimitFilter.publicPosts(rateLimiter, properties), AnonymousAuthenticationFilter.class)
                .addFilterAfter(
                        RateLimitFilter.searches(searchLimiter, properties, searchPaths),
                        AnonymousAuthenticationFilter.class);
        headers(http, SecurityHeaders.CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            List<RouteAuthorization> modules,
            PlatformProperties properties,
            RateLimiter rateLimiter,
            InstanceRateLimiter searchLimiter,
            List<SearchPaths> searchPaths,
            List<CsrfExemptPaths> csrfExempt,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings,
            List<WebLoginCustomizer> logins)
            throws Exception {
        http.authorizeHttpRequests(routes -> {
                    routes.requestMatchers(
                                    "/",
                                    "/tilgaengelighed",
                                    "/privatliv",
                                    "/login",
                                    "/error",
                                    "/favicon.ico",
                                    "/dkfds/**",
                                    "/css/**",
                                    "/js/**",
                                    "/img/**",
                                    "/webjars/**")
                            .permitAll();
                    routes.requestMatchers("/admin/**").hasRole(Roles.ADMIN);
                    routes.requestMatchers("/intern").hasAnyRole(Roles.STAFF.toArray(String[]::new));
                    modules.forEach(module -> module.configure(routes));
                    routes.requestMatchers("/intern/**").authenticated();
                    routes.requestMatchers(new UnknownRoutes(mappings)).permitAll();
                    routes.anyRequest().authenticated();
                })
                .csrf(csrf -> {
                    String[] exempt = csrfExempt.stream()
                            .flatMap(paths -> paths.patterns().stream())
                            .toArray(String[]::new);
                    if (exempt.length > 0) {
                        csrf.ignoringRequestMatchers(exempt);
                    }
                })
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/intern")
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .exceptionHandling(ex -> ex.accessDeniedHandler(new FriendlyAccessDeniedHandler()))
                .addFilterBefore(
                        RateLimitFilter.login(rateLimiter, properties), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        RateLimitFilter.publicPosts(rateLimiter, properties), AnonymousAuthenticationFilter.class)
                .addFilterAfter(
                        RateLimitFilter.searches(searchLimiter, properties, searchPaths),
                        AnonymousAuthenticationFilter.class);
        for (WebLoginCustomizer login : logins) {
            login.configure(http);
        }
        Set<String> formTargets = new TreeSet<>();
        logins.forEach(login -> formTargets.addAll(login.formActionOrigins()));
        headers(http, SecurityHeaders.withFormActions(formTargets));
        return http.build();
    }

    /**
     * Error pages of requests Spring Security never let through (its firewall rejects them before the header writer
     * runs) get the security headers too; on error dispatches its own header writer is skipped.
     */
    @Bean
    FilterRegistrationBean<ErrorDispatchHeaders> errorDispatchHeaders() {
        FilterRegistrationBean<ErrorDispatchHeaders> registration =
                new FilterRegistrationBean<>(new ErrorDispatchHeaders());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults()));
    }
}
