package io.evzone.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the embedded PostgreSQL keeps its cluster and logs, and how a killed run's leftovers are cleared there. */
final class PostgresDirectory {

    private static final Logger log = LoggerFactory.getLogger(PostgresDirectory.class);
    // A fast shutdown of an orphan writes a checkpoint first, which takes a while on a busy disk.
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final Path root;

    PostgresDirectory(Path root) {
        this.root = root.toAbsolutePath();
    }

    /** The cluster, PGDATA. It is a subdirectory because initdb insists on an empty directory. */
    Path cluster() {
        return root.resolve("data");
    }

    /** What initdb and pg_ctl print. */
    Path toolLog() {
        return root.resolve("pg_ctl.log");
    }

    /** The server's own logs, one file per weekday. */
    Path serverLogs() {
        return cluster().resolve("log");
    }

    /**
     * Stops a postmaster orphaned by a killed JVM, removes a stale postmaster.pid, and discards a cluster whose
     * initdb was interrupted. Only call while holding the directory's {@link DataDirectoryLock}.
     */
    void clearLeftoversOfKilledRun() {
        OrphanedProcess.clear(cluster().resolve("postmaster.pid"), "postgres", ORPHAN_STOP_WAIT);
        if (isIncompleteCluster()) {
            log.warn("Discarding {}: its creation was interrupted before it held any data", cluster());
            deleteRecursively(cluster());
        }
    }

    private boolean isIncompleteCluster() {
        if (!Files.isDirectory(cluster()) || Files.exists(cluster().resolve("postgresql.conf"))) {
            return false;
        }
        try (Stream<Path> entries = Files.list(cluster())) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new EmbeddedServerException("Cannot read " + cluster(), e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new EmbeddedServerException("Cannot delete " + directory, e);
        }
    }
}
