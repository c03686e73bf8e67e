package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Without {@code samspil.token-secret} (as in the tests), the key is generated once and kept in the database. */
class SignedTokensSharedSecretTest extends IntegrationTest {

    @Autowired
    SignedTokens tokens;

    @Autowired
    PlatformProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void anotherInstanceOnTheSameDatabaseAcceptsTheTokens() {
        String token = tokens.create("test.shared", "company@example.dk", Duration.ofMinutes(10));
        SignedTokens otherInstance = new SignedTokens(properties, jdbc, transactions, clock);

        assertThat(otherInstance.verify("test.shared", token)).contains("company@example.dk");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_secret WHERE name = :name")
                        .param("name", SignedTokens.SECRET_NAME)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
