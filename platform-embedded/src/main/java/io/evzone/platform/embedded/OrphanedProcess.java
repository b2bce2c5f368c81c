package io.evzone.platform.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a server process left behind when the JVM that started it was killed.
 *
 * <p>PostgreSQL and Redis run as child processes and outlive a JVM killed with SIGKILL; their pid files then keep
 * the next start from succeeding, either because the orphan still holds the port and data, or because the pid file
 * names a process id that the system has since given to an unrelated process. Callers must hold the
 * {@link DataDirectoryLock}, which proves that no live EVZone process owns the server any more.
 */
final class OrphanedProcess {

    private static final Logger log = LoggerFactory.getLogger(OrphanedProcess.class);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private OrphanedProcess() {}

    /**
     * Stops the process named on the first line of {@code pidFile} when it is still running {@code executable},
     * then removes the pid file. Does nothing when there is no pid file.
     */
    static void clear(Path pidFile, String executable, Duration gracefulStopWait) {
        if (!Files.exists(pidFile)) {
            return;
        }
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(process -> runs(process, executable))
                .ifPresent(process -> {
                    log.warn("Stopping orphaned {} (pid {}) left running by an earlier run", executable, process.pid());
                    stop(process, gracefulStopWait);
                });
        deleteStale(pidFile);
    }

    private static boolean runs(ProcessHandle process, String executable) {
        return process.isAlive()
                && process.pid() != ProcessHandle.current().pid()
                && process.info().command().orElse("").contains(executable);
    }

    private static void stop(ProcessHandle process, Duration gracefulStopWait) {
        process.destroy();
        if (!awaitExit(process, gracefulStopWait)) {
            process.destroyForcibly();
            awaitExit(process, KILL_WAIT);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.readAllLines(pidFile, StandardCharsets.ISO_8859_1).stream()
                    .findFirst()
                    .map(String::strip)
                    .map(Long::valueOf);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteStale(Path pidFile) {
        try {
            if (Files.deleteIfExists(pidFile)) {
                log.info("Removed stale pid file {}", pidFile);
            }
        } catch (IOException e) {
            throw new EmbeddedServerException("Cannot remove stale pid file " + pidFile, e);
        }
    }
}
