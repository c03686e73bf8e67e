package dk.samspil.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start-up settings under {@code samspil.*} (environment {@code SAMSPIL_ADMIN_EMAIL}, {@code SAMSPIL_ADMIN_PASSWORD},
 * {@code SAMSPIL_BOOTSTRAP_API_TOKEN}).
 *
 * @param adminEmail        e-mail of the administrator to create when no active administrator exists
 * @param adminPassword     that administrator's password (at least 12 characters)
 * @param bootstrapApiToken an API token value (at least 32 characters) to register for the first administrator,
 *                          so automation can call the API from the first start
 */
@ConfigurationProperties("samspil")
public record IdentityBootstrapProperties(
        @Nullable String adminEmail,
        @Nullable String adminPassword,
        @Nullable String bootstrapApiToken) {

    @Override
    public String toString() {
        return "IdentityBootstrapProperties[adminEmail=" + adminEmail + ", adminPassword="
                + (adminPassword == null ? "null" : "******") + ", bootstrapApiToken="
                + (bootstrapApiToken == null ? "null" : "******") + "]";
    }
}
