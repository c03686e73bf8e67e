package dk.samspil.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL started the application's way in a JVM of its own, which a test then kills with
 * {@code kill -9}: the server outlives it, an orphan, as after a crash of the application.
 */
public final class EmbeddedServerProcess {

    private static final String READY = "EMBEDDED-SERVER-READY";

    private EmbeddedServerProcess() {}

    /** In the separate JVM: starts the server on {@code args[0]} (a {@code samspil.data-dir}) and waits to be killed. */
    public static void main(String[] args) throws IOException {
        EmbeddedDatabaseConfiguration.start(args[0]);
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the test to kill this JVM
        }
    }

    /**
     * Starts the server on {@code dataDir} in a separate JVM, kills that JVM with SIGKILL and returns the process id
     * of the server it leaves running.
     */
    public static long leaveOrphan(Path dataDir) throws Exception {
        Path output = Files.createTempFile(dataDir, "embedded-server", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(
                        java,
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedServerProcess.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> !jvm.isAlive()
                            || Files.readString(output, StandardCharsets.UTF_8).contains(READY));
            assertThat(jvm.isAlive())
                    .as("the server JVM started; its output: %s", Files.readString(output))
                    .isTrue();
        } finally {
            jvm.destroyForcibly();
            assertThat(jvm.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile(dataDir)).get(0).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                .as("the orphaned server runs")
                .contains(true);
        return pid;
    }

    public static Path pidFile(Path dataDir) {
        return dataDir.resolve("postgres").resolve(OrphanedServer.PID_FILE);
    }

    /**
     * Kills what a failed test may have left running: the server of {@code dataDir} named in its pid file (never a
     * process of another directory), and its children.
     */
    public static void killLeftovers(Path dataDir) throws IOException {
        Path pidFile = pidFile(dataDir);
        if (!Files.exists(pidFile)) {
            return;
        }
        String directory = dataDir.resolve("postgres").toString();
        ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                .filter(process -> process.info()
                        .arguments()
                        .map(List::of)
                        .orElse(List.of())
                        .contains(directory))
                .ifPresent(server -> {
                    server.children().forEach(ProcessHandle::destroyForcibly);
                    server.destroyForcibly();
                });
    }
}
