package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.SamspilApplication;
import dk.samspil.platform.internal.db.EmbeddedServerProcess;
import dk.samspil.support.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application as an operator starts it, without the test profile or the shared test database: with no
 * {@code spring.datasource.url} it runs its own PostgreSQL in {@code samspil.data-dir}, which survives restarts;
 * with a URL it uses that server and migrates it. Each test starts and stops its own applications.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataInTheEmbeddedDatabaseSurvivesARestart() {
        String token;
        try (ConfigurableApplicationContext first = start()) {
            token = first.getBean(SignedTokens.class).create("test.restart", "kept", Duration.ofHours(1));
            assertThat(first.getBeanProvider(EmbeddedPostgres.class).getIfAvailable())
                    .isNotNull();
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            // The signing key was generated at random in the first run: only the same database can verify the token.
            assertThat(second.getBean(SignedTokens.class).verify("test.restart", token))
                    .contains("kept");
        }
    }

    @Test
    void anExternalDatabaseIsUsedAndMigratedWhenConfigured() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
                ConfigurableApplicationContext app = start(
                        "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres")) {

            assertThat(app.getBeanProvider(EmbeddedPostgres.class).getIfAvailable())
                    .isNull();
            assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
            assertThat(JdbcClient.create(external.getPostgresDatabase())
                            .sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                            .query(String.class)
                            .list())
                    .startsWith("1", "2", "3");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(new Http(port).get("/").statusCode()).isEqualTo(200);
        }
    }

    /** {@code kill -9} of the application leaves its PostgreSQL running on the data directory; the next start stops it. */
    @Test
    void theNextStartStopsTheServerThatAKilledRunLeftBehind() throws Exception {
        long orphan = EmbeddedServerProcess.leaveOrphan(dataDir);

        try (ConfigurableApplicationContext app = start()) {
            assertThat(JdbcClient.create(app.getBean(DataSource.class))
                            .sql("SELECT count(*) FROM flyway_schema_history")
                            .query(Long.class)
                            .single())
                    .isPositive();
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }

    /** A lock file naming a process that is no embedded server of this directory: the start refuses, nothing is stopped. */
    @Test
    void aLockFileNamingAnotherProcessLeavesItAloneAndRefusesToStart() throws Exception {
        Path pidFile = EmbeddedServerProcess.pidFile(dataDir);
        Files.createDirectories(pidFile.getParent());
        Process foreign = new ProcessBuilder("cat").start();
        try {
            Files.writeString(pidFile, lockFile(foreign.pid(), pidFile.getParent()));
            assertThatThrownBy(this::start)
                    .rootCause()
                    .hasMessageContaining("names the running process " + foreign.pid())
                    .hasMessageContaining("not a PostgreSQL server of this data directory")
                    .hasMessageContaining("leaves that process alone");
            assertThat(foreign.isAlive()).isTrue();
        } finally {
            foreign.destroy();
        }

        try (EmbeddedPostgres other =
                EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            JdbcClient otherServer = JdbcClient.create(other.getPostgresDatabase());
            Path otherDirectory = Path.of(
                    otherServer.sql("SHOW data_directory").query(String.class).single());
            long otherPostgres = Long.parseLong(Files.readAllLines(otherDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .strip());
            Files.writeString(pidFile, lockFile(otherPostgres, pidFile.getParent()));
            assertThatThrownBy(this::start)
                    .rootCause()
                    .hasMessageContaining("names the running process " + otherPostgres)
                    .hasMessageContaining("not a PostgreSQL server of this data directory");
            assertThat(otherServer.sql("SELECT 1").query(Integer.class).single())
                    .isEqualTo(1);
            Files.delete(pidFile);
        }
    }

    @AfterEach
    void stopLeftovers() throws Exception {
        EmbeddedServerProcess.killLeftovers(dataDir);
    }

    /** PostgreSQL's postmaster.pid: pid, data directory, start time, port, socket directory, address, key, status. */
    private static String lockFile(long pid, Path directory) {
        return String.join(
                        "\n",
                        String.valueOf(pid),
                        directory.toString(),
                        "1796399689",
                        "5432",
                        "/tmp",
                        "localhost",
                        "  2187633     32790",
                        "ready   ")
                + "\n";
    }

    private ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(SamspilApplication.class)
                .properties(
                        "server.port=0",
                        "samspil.data-dir=" + dataDir,
                        "server.shutdown=immediate",
                        "logging.level.root=WARN")
                .registerShutdownHook(false)
                .run(arguments);
    }
}
