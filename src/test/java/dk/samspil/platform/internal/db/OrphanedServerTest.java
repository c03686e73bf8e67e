package dk.samspil.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hard way out: an orphaned server that does not stop on SIGTERM in time is killed with its children. */
class OrphanedServerTest {

    @TempDir
    Path dataDir;

    @Test
    void anOrphanThatOutlastsTheWaitIsKilledAndTheServerStartsAgainOnItsData() throws Exception {
        long orphan = EmbeddedServerProcess.leaveOrphan(dataDir);
        Path pidFile = EmbeddedServerProcess.pidFile(dataDir);

        new OrphanedServer(pidFile.getParent()).stopIfOrphaned(Duration.ZERO);

        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        // Killed, the server could not remove its lock file: PostgreSQL replaces the stale file by itself.
        assertThat(pidFile).exists();
        try (EmbeddedPostgres server = EmbeddedDatabaseConfiguration.start(dataDir.toString())) {
            assertThat(JdbcClient.create(server.getPostgresDatabase())
                            .sql("SELECT 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(Files.readAllLines(pidFile).get(0).strip()).isNotEqualTo(String.valueOf(orphan));
        }
    }

    @AfterEach
    void stopLeftovers() throws Exception {
        EmbeddedServerProcess.killLeftovers(dataDir);
    }
}
