package dk.samspil.platform.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.samspil.platform.PlatformProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application when no {@code spring.datasource.url} is configured, keeping its
 * data in {@code samspil.data-dir}, and stops it on shutdown; a server orphaned by a killed earlier run is
 * stopped first ({@link OrphanedServer}). With a URL set, Spring Boot's ordinary data source is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    /** How long an orphaned server gets for a clean shutdown before it is killed. */
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        return start(properties.dataDir());
    }

    /**
     * Starts the server on {@code <dataDir>/postgres}, first stopping an orphaned server that a killed earlier run
     * left on the same directory. Stopped by the context (destroyMethod), after the pool and graceful shutdown: the
     * library's own JVM shutdown hook would stop it while requests and the event registry still need it.
     */
    static EmbeddedPostgres start(String dataDir) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        new OrphanedServer(dir).stopIfOrphaned(ORPHAN_STOP_WAIT);
        log.info("Starting embedded PostgreSQL with data in {}", dir);
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .start();
    }

    /** The embedded server's own DataSource opens a server process per borrow, so a pool sits in front of it. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("samspil-embedded");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
