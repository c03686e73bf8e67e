package dk.samspil.support.idp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in its own small Spring
 * Boot application on a random port (started once per JVM), with a login form, users whose groups the tests change,
 * and a confidential client {@value #CLIENT_ID} that must use PKCE. Its issuer is {@code http://localhost:<port>}.
 * <p>
 * A test can make the provider forge the next ID token ({@link #forgeNextIdToken}): a wrong nonce, another
 * issuer, another audience or an expired token, each signed with the provider's real key, as a compromised or
 * misconfigured provider would send them.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "samspil";
    public static final String CLIENT_SECRET = "samspil-test-secret";
    public static final String PASSWORD = "idp-adgangskode";

    /** What the next ID token gets wrong. */
    public enum Forgery {
        WRONG_NONCE,
        OTHER_ISSUER,
        OTHER_AUDIENCE,
        EXPIRED
    }

    /** A user of the provider: e-mail, display name and group claim. */
    public record TestUser(String username, String email, String name, List<String> groups) {}

    private static TestIdentityProvider instance;

    private final Map<String, TestUser> users = new ConcurrentHashMap<>();
    private final Set<String> postLogoutRedirectUris = new CopyOnWriteArraySet<>();
    private final AtomicReference<Forgery> forgery = new AtomicReference<>();
    private ConfigurableApplicationContext context;

    private TestIdentityProvider() {}

    /** The provider, started at the first call. */
    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            TestIdentityProvider provider = new TestIdentityProvider();
            Holder.provider = provider;
            provider.context = new SpringApplicationBuilder(Server.class)
                    .properties(
                            "spring.config.name=test-identity-provider",
                            "server.port=0",
                            "spring.main.banner-mode=off",
                            "logging.level.root=WARN",
                            "server.shutdown=immediate")
                    .run();
            Runtime.getRuntime().addShutdownHook(new Thread(provider.context::close));
            instance = provider;
        }
        return instance;
    }

    public String issuer() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    /** Adds or replaces a user (password {@value #PASSWORD}). */
    public void putUser(String username, String email, String name, List<String> groups) {
        users.put(username, new TestUser(username, email, name, List.copyOf(groups)));
    }

    /** The user's groups at the provider from now on. */
    public void setGroups(String username, List<String> groups) {
        users.computeIfPresent(
                username, (name, user) -> new TestUser(name, user.email(), user.name(), List.copyOf(groups)));
    }

    /** A post-logout redirect URI the client may use (exact match, as the provider checks it). */
    public void allowPostLogoutRedirect(String uri) {
        postLogoutRedirectUris.add(uri);
    }

    /** The next ID token the provider issues is forged this way; later ones are real again. */
    public void forgeNextIdToken(Forgery kind) {
        forgery.set(kind);
    }

    private static final class Holder {
        private static TestIdentityProvider provider;
    }

    /**
     * The provider's beans. Deliberately not a {@code @Configuration}: Samspil's component scan covers
     * {@code dk.samspil} (test classes included) and must not pick the provider's security chains up.
     */
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users() {
            return username -> {
                TestUser user = Holder.provider.users.get(username);
                if (user == null) {
                    throw new UsernameNotFoundException(username);
                }
                return User.withUsername(username)
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build();
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // the one client is fixed (the provider calls this to re-encode its secret, which we leave as is)
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        private static RegisteredClient client() {
            return RegisteredClient.withId(CLIENT_ID)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    // a loopback address: any port matches (RFC 8252), so the application's random port does
                    .redirectUri("http://127.0.0.1/login/oauth2/code/kommune")
                    .postLogoutRedirectUris(uris -> uris.addAll(Holder.provider.postLogoutRedirectUris))
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                TestUser user = Holder.provider.users.get(context.getPrincipal().getName());
                JwtClaimsSet.Builder claims = context.getClaims();
                claims.claim("email", user.email()).claim("name", user.name()).claim("groups", user.groups());
                Forgery kind = Holder.provider.forgery.getAndSet(null);
                if (kind == null) {
                    return;
                }
                Instant now = Instant.now();
                switch (kind) {
                    case WRONG_NONCE -> claims.claim(OidcParameterNames.NONCE, "forged-" + UUID.randomUUID());
                    case OTHER_ISSUER -> claims.issuer("https://idp.other.example");
                    case OTHER_AUDIENCE -> claims.audience(List.of("another-client"));
                    case EXPIRED ->
                        claims.issuedAt(now.minus(2, ChronoUnit.HOURS)).expiresAt(now.minus(1, ChronoUnit.HOURS));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
