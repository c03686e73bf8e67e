package dk.samspil.identity.internal;

import dk.samspil.identity.IdentityBootstrapProperties;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Roles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can administer users: when no active administrator exists it creates the one given by
 * {@code samspil.admin-email}/{@code samspil.admin-password}, or else logs a one-time set-up link. It also registers
 * {@code samspil.bootstrap-api-token} for the first administrator. Safe to run on several instances at once:
 * the work happens under a PostgreSQL advisory lock, and every step is idempotent.
 */
@Component
@Order(IdentityBootstrap.ORDER)
class IdentityBootstrap implements ApplicationRunner {

    /** After {@link DemoUsers}, so that demo mode never prints a set-up link. */
    static final int ORDER = DemoUsers.ORDER + 10;

    static final String BOOTSTRAP_TOKEN_NAME = "bootstrap";
    static final int MIN_BOOTSTRAP_TOKEN_LENGTH = 32;
    static final Duration BOOTSTRAP_TOKEN_VALIDITY = Duration.ofDays(365);

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityBootstrapProperties properties;
    private final PlatformProperties platform;
    private final StaffUserRepository userRepository;
    private final StaffUserService users;
    private final ApiTokenService apiTokens;
    private final SetupService setup;
    private final MessageSource messages;
    private final TransactionOperations transactions;

    IdentityBootstrap(
            IdentityBootstrapProperties properties,
            PlatformProperties platform,
            StaffUserRepository userRepository,
            StaffUserService users,
            ApiTokenService apiTokens,
            SetupService setup,
            MessageSource messages,
            TransactionOperations transactions) {
        this.properties = properties;
        this.platform = platform;
        this.userRepository = userRepository;
        this.users = users;
        this.apiTokens = apiTokens;
        this.setup = setup;
        this.messages = messages;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap();
    }

    /** Returns the set-up token when one was issued (no administrator and none configured). */
    Optional<String> bootstrap() {
        return transactions.execute(status -> {
            userRepository.lockForBootstrap();
            if (userRepository.countActiveAdmins() == 0) {
                if (!adminConfigured()) {
                    String token = setup.issueToken();
                    log.warn(
                            "No active administrator exists. Create the first one within {} hours at {}",
                            SetupService.VALIDITY.toHours(),
                            platform.link("/opsaetning?token=" + token));
                    return Optional.of(token);
                }
                createConfiguredAdmin();
            }
            setup.closeOpenLinks();
            registerBootstrapApiToken();
            return Optional.<String>empty();
        });
    }

    private boolean adminConfigured() {
        if (!StringUtils.hasText(properties.adminEmail()) && !StringUtils.hasText(properties.adminPassword())) {
            return false;
        }
        if (!StringUtils.hasText(properties.adminEmail())
                || !properties.adminEmail().contains("@")
                || !IdentityFormValidator.acceptable(properties.adminPassword())) {
            log.error(
                    "samspil.admin-email and samspil.admin-password must both be set, the password with at least {} "
                            + "characters; ignoring them",
                    IdentityFormValidator.MIN_PASSWORD_LENGTH);
            return false;
        }
        return true;
    }

    /** Creates the configured administrator, or restores an existing user with that e-mail as an active one. */
    private void createConfiguredAdmin() {
        String email = properties.adminEmail();
        Optional<StaffUser> existing = userRepository.findByEmail(email.trim());
        if (existing.isEmpty()) {
            String name = messages.getMessage("identity.bootstrap.adminName", null, DanishFormats.DANISH);
            users.create(name, email, List.of(Roles.ADMIN), properties.adminPassword());
            log.info("Created administrator {} from samspil.admin-email", StaffUserService.normaliseEmail(email));
            return;
        }
        StaffUser user = existing.get();
        List<String> roles = new ArrayList<>(user.roles());
        roles.add(Roles.ADMIN);
        users.update(user.id(), user.name(), roles);
        users.setActive(user.id(), true);
        users.resetPassword(user.id(), properties.adminPassword(), false);
        log.info("Made existing user {} an active administrator from samspil.admin-email", user.email());
    }

    private void registerBootstrapApiToken() {
        String token = properties.bootstrapApiToken();
        if (!StringUtils.hasText(token)) {
            return;
        }
        if (token.length() < MIN_BOOTSTRAP_TOKEN_LENGTH) {
            log.error(
                    "samspil.bootstrap-api-token must have at least {} characters; not registered",
                    MIN_BOOTSTRAP_TOKEN_LENGTH);
            return;
        }
        StaffUser admin = userRepository.findFirstActiveAdmin().orElseThrow();
        if (apiTokens.registerIfAbsent(admin.id(), BOOTSTRAP_TOKEN_NAME, token, BOOTSTRAP_TOKEN_VALIDITY)) {
            log.info(
                    "Registered samspil.bootstrap-api-token as API token \"{}\" of {}",
                    BOOTSTRAP_TOKEN_NAME,
                    admin.email());
        }
    }
}
