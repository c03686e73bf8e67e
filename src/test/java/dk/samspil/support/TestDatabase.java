package dk.samspil.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL 17 per test JVM, shared by every Spring context of the run and stopped when the JVM ends,
 * after those contexts.
 * Tests reach it by URL, the same way production reaches an external server.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            // Spring runs these handlers after it has closed every context, so no context still needs the server.
            // The library's own JVM shutdown hook would race the contexts and leave them waiting for connections.
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; nothing more to do
                }
            });
        }
        return postgres;
    }

    public static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }
}
