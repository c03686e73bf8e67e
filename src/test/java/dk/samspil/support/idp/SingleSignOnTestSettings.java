package dk.samspil.support.idp;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings that point Samspil at {@link TestIdentityProvider}, as a municipality's would at its own. */
public final class SingleSignOnTestSettings {

    private SingleSignOnTestSettings() {}

    public static void register(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(
                prefix + "provider.kommune.issuer-uri",
                () -> TestIdentityProvider.get().issuer());
        registry.add(prefix + "registration.kommune.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(prefix + "registration.kommune.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(prefix + "registration.kommune.client-name", () -> "Testkommune");
        registry.add(prefix + "registration.kommune.scope", () -> "openid,profile,email");
    }
}
