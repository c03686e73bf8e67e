package dk.samspil.identity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login settings under {@code samspil.login.*}.
 *
 * @param maxFailures           wrong passwords in a row for one account from one client address after which that
 *                              address is locked out of that account
 * @param lockDuration          how long a locked-out address stays locked out (and how long failures are remembered)
 * @param localAccountsEnabled  whether staff may log in with e-mail and password; {@code false} leaves only single
 *                              sign-on (the login form is gone and {@code POST /login} is refused)
 */
@Validated
@ConfigurationProperties("samspil.login")
public record LoginProperties(
        @DefaultValue("5") @Min(1) int maxFailures,
        @DefaultValue("15m") @NotNull Duration lockDuration,
        @DefaultValue("true") boolean localAccountsEnabled) {}
