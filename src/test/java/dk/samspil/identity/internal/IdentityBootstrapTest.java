package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.identity.IdentityBootstrapProperties;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work runs here inside a transaction that starts by deactivating every user and is rolled back at the
 * end, so each test sees "no active administrator" without disturbing the shared database.
 */
class IdentityBootstrapTest extends IntegrationTest {

    @Autowired
    PlatformProperties platform;

    @Autowired
    StaffUserRepository repository;

    @Autowired
    StaffUserService users;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    SetupService setup;

    @Autowired
    MessageSource messages;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void createsTheConfiguredAdministratorAndBootstrapTokenOnceOnly() {
        String email = IdentityTestUsers.uniqueEmail();
        String apiToken = "bootstrap-" + UUID.randomUUID();
        IdentityBootstrap bootstrap = bootstrap(new IdentityBootstrapProperties(email, "admin-adgangskode", apiToken));

        withoutActiveUsers(() -> {
            assertThat(bootstrap.bootstrap()).isEmpty();
            assertThat(bootstrap.bootstrap()).isEmpty();

            StaffUser admin = repository.findByEmail(email).orElseThrow();
            assertThat(admin.active()).isTrue();
            assertThat(admin.roles()).containsExactly(Roles.ADMIN);
            assertThat(admin.name()).isEqualTo("Administrator");
            assertThat(passwordEncoder.matches("admin-adgangskode", admin.passwordHash()))
                    .isTrue();
            assertThat(apiTokens.tokensOf(admin.id()))
                    .singleElement()
                    .satisfies(token -> assertThat(token.name()).isEqualTo("bootstrap"));
            assertThat(apiTokens.authenticate(apiToken))
                    .hasValueSatisfying(authentication ->
                            assertThat(authentication.getName()).isEqualTo(admin.email()));
        });
    }

    @Test
    void withoutSettingsIssuesAWorkingSetUpLinkAndWithAnAdministratorClosesIt() {
        IdentityBootstrap bootstrap = bootstrap(new IdentityBootstrapProperties(null, null, null));

        withoutActiveUsers(() -> {
            String token = bootstrap.bootstrap().orElseThrow();
            assertThat(setup.check(token)).isEqualTo(SetupService.TokenState.VALID);

            IdentityTestUsers.create(users, Roles.ADMIN);
            assertThat(bootstrap.bootstrap()).isEmpty();
            assertThat(setup.check(token)).isEqualTo(SetupService.TokenState.USED);
        });
    }

    @Test
    void tooShortConfiguredPasswordFallsBackToTheSetUpLink() {
        String email = IdentityTestUsers.uniqueEmail();
        IdentityBootstrap bootstrap = bootstrap(new IdentityBootstrapProperties(email, "kort", null));

        withoutActiveUsers(() -> {
            assertThat(bootstrap.bootstrap()).isPresent();
            assertThat(repository.emailExists(email)).isFalse();
        });
    }

    @Test
    void demoUsersComeFirstSoNoSetUpLinkIsIssued() {
        DemoUsers demo = new DemoUsers(repository, users, messages, transactions);
        IdentityBootstrap bootstrap = bootstrap(new IdentityBootstrapProperties(null, null, null));

        withoutActiveUsers(() -> {
            jdbc.sql("DELETE FROM staff_user WHERE email LIKE '%@demo.samspil.dk'")
                    .update();
            demo.run(null);
            demo.run(null);
            assertThat(bootstrap.bootstrap()).isEmpty();

            StaffUser admin = repository.findByEmail("admin@demo.samspil.dk").orElseThrow();
            assertThat(admin.name()).isEqualTo("Demo Administrator");
            assertThat(admin.roles()).containsExactly(Roles.ADMIN);
            assertThat(passwordEncoder.matches("demo-admin-2026", admin.passwordHash()))
                    .isTrue();
            assertThat(repository
                            .findByEmail("procurement@demo.samspil.dk")
                            .orElseThrow()
                            .name())
                    .isEqualTo("Demo Indkøber");
            assertThat(jdbc.sql("SELECT count(*) FROM staff_user WHERE email LIKE '%@demo.samspil.dk'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(Roles.STAFF.size());
        });
    }

    private IdentityBootstrap bootstrap(IdentityBootstrapProperties properties) {
        return new IdentityBootstrap(properties, platform, repository, users, apiTokens, setup, messages, transactions);
    }

    private void withoutActiveUsers(Runnable check) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE staff_user SET active = false").update();
            try {
                check.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
