package dk.samspil.identity;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the e-mailed links that let a staff user set a password, under {@code samspil.account-links.*}.
 *
 * @param invitationValidity how long the link in an invitation (a new user's first password) works
 * @param resetValidity      how long the link from "Glemt adgangskode?" works
 */
@Validated
@ConfigurationProperties("samspil.account-links")
public record AccountLinkProperties(
        @DefaultValue("7d") @NotNull Duration invitationValidity,
        @DefaultValue("1h") @NotNull Duration resetValidity) {}
