package dk.samspil.identity;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Single sign-on settings under {@code samspil.sso.*}. The identity providers themselves are Spring Security's
 * {@code spring.security.oauth2.client.*} settings; these say which claims of their ID token Samspil reads.
 *
 * @param roleClaim  the claim holding the user's groups or roles (a list of ids or names, e.g. {@code groups} or
 *                   {@code roles}); each value is looked up in the group mapping that administrators keep at
 *                   {@code /admin/grupper}
 * @param emailClaim the claim holding the user's e-mail address, which names the Samspil user
 * @param nameClaim  the claim holding the user's display name
 */
@Validated
@ConfigurationProperties("samspil.sso")
public record SingleSignOnProperties(
        @DefaultValue("groups") @NotBlank String roleClaim,
        @DefaultValue("email") @NotBlank String emailClaim,
        @DefaultValue("name") @NotBlank String nameClaim) {}
