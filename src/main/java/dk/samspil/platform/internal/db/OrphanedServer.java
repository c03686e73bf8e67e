package dk.samspil.platform.internal.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL after the application was killed ({@code kill -9}, a crash): the
 * server it had started lives on, detached, with its {@code postmaster.pid} in the data directory, and a new start
 * would wait for a server it can never reach. Such an orphan is stopped (SIGTERM, then SIGKILL after a bounded
 * wait) before the new start; the server recovers from its write-ahead log as after any crash.
 * <p>
 * Only an orphan of this data directory is stopped: the pid file must name this directory, the process must be a
 * {@code postgres} started with {@code -D} on it, and no running application may hold the embedded library's lock
 * on the directory. Anything else is refused with a message and left alone. A pid file whose process is gone is
 * PostgreSQL's own business: it replaces a stale file by itself.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    /** The file io.zonky's {@code EmbeddedPostgres} locks while its application runs. */
    static final String LIBRARY_LOCK = "epg-lock";

    static final String PID_FILE = "postmaster.pid";
    static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final Path dataDirectory;

    OrphanedServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** Stops an orphaned server of this data directory, if there is one; refuses to touch any other process. */
    void stopIfOrphaned(Duration termWait) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        Optional<ProcessHandle> process = livingProcess(pidFile);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle server = process.get();
        String pidFileDirectory = lines(pidFile).get(1);
        if (!sameDirectory(pidFileDirectory)) {
            throw refused(server, "the lock file names the data directory " + pidFileDirectory);
        }
        List<String> commandLine = commandLine(server);
        if (!isPostgresOfThisDirectory(commandLine)) {
            throw refused(
                    server,
                    "the process is not a PostgreSQL server of this data directory: "
                            + (commandLine.isEmpty()
                                    ? "its command line cannot be read"
                                    : String.join(" ", commandLine)));
        }
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " (process "
                        + server.pid() + ") belongs to another running Samspil. Stop that application first.");
            }
            log.warn(
                    "Stopping the orphaned embedded PostgreSQL (process {}) left running in {} by an earlier run",
                    server.pid(),
                    dataDirectory);
            stop(server, termWait);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + dataDirectory.resolve(LIBRARY_LOCK), e);
        }
    }

    private static Optional<ProcessHandle> livingProcess(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = lines(pidFile);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * The process's command line as Linux shows it in {@code /proc/<pid>/cmdline}; elsewhere what the JDK can tell.
     * Empty when it cannot be read.
     */
    private static List<String> commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            ProcessHandle.Info info = process.info();
            List<String> commandLine = new ArrayList<>();
            info.command().ifPresent(commandLine::add);
            info.arguments().ifPresent(arguments -> commandLine.addAll(Arrays.asList(arguments)));
            return commandLine.size() > 1 ? commandLine : List.of();
        }
    }

    private boolean isPostgresOfThisDirectory(List<String> commandLine) {
        if (commandLine.isEmpty()
                || !Path.of(commandLine.get(0)).getFileName().toString().equals("postgres")) {
            return false;
        }
        int option = commandLine.indexOf("-D");
        return option >= 0 && option + 1 < commandLine.size() && sameDirectory(commandLine.get(option + 1));
    }

    private boolean sameDirectory(String path) {
        try {
            return Files.isSameFile(Path.of(path.strip()), dataDirectory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** SIGTERM and a bounded wait; then SIGKILL to the server and its children, whose shared memory must go too. */
    private void stop(ProcessHandle server, Duration termWait) {
        List<ProcessHandle> children = server.children().toList();
        server.destroy();
        if (ended(server, termWait)) {
            return;
        }
        log.warn("The orphaned PostgreSQL (process {}) did not stop within {}; killing it", server.pid(), termWait);
        server.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        if (!ended(server, KILL_WAIT) || children.stream().anyMatch(child -> !ended(child, KILL_WAIT))) {
            throw new IllegalStateException("The orphaned PostgreSQL (process " + server.pid() + ") in " + dataDirectory
                    + " could not be stopped. Stop it by hand and start again.");
        }
    }

    private static boolean ended(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private IllegalStateException refused(ProcessHandle process, String why) {
        return new IllegalStateException("PostgreSQL's lock file " + dataDirectory.resolve(PID_FILE)
                + " names the running process " + process.pid() + ", and " + why + ". Samspil leaves that process"
                + " alone and does not start. Stop the server that uses this data directory, or delete the lock file"
                + " if no server uses it.");
    }
}
