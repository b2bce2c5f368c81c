package io.evzone.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server, run as a child process from binaries shipped in a jar, with its cluster kept in a
 * directory of its own so that every row survives a restart.
 *
 * <p>Layout of the directory: {@code data/} is the cluster (PGDATA), with the server's own logs in {@code data/log};
 * {@code pg_ctl.log} holds what initdb and pg_ctl print. On first start the cluster is created, and with it the
 * database {@value #DATABASE} owned by the login role {@value #USERNAME}. The server listens on localhost only, has
 * no Unix socket, and trusts local connections, so the password is accepted but not checked.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** Name of the application database. */
    public static final String DATABASE = "evzone";
    /** Role that owns the application database. */
    public static final String USERNAME = "evzone";
    /** Password of {@link #USERNAME}; local connections are trusted, so it is not checked. */
    public static final String PASSWORD = "evzone";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SERVER = "PostgreSQL";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final PostgresDirectory directory;
    private final DataDirectoryLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, PostgresDirectory directory, DataDirectoryLock lock) {
        this.postgres = postgres;
        this.directory = directory;
        this.lock = lock;
    }

    /**
     * Starts PostgreSQL on {@code port} with its cluster in {@code directory}, creating both when missing, and waits
     * until it accepts connections.
     *
     * @throws PortUnavailableException when something already listens on {@code port}
     * @throws EmbeddedServerException when the server does not start
     */
    public static EmbeddedPostgresServer start(Path directory, int port) {
        return start(directory, port, PostgresDurability.DURABLE);
    }

    /** As {@link #start(Path, int)}, trading durability for speed only when asked ({@link PostgresDurability}). */
    public static EmbeddedPostgresServer start(Path directory, int port, PostgresDurability durability) {
        PostgresDirectory layout = new PostgresDirectory(directory);
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        EmbeddedPostgresServer server =
                new EmbeddedPostgresServer(startLocked(layout, lock, port, durability), layout, lock);
        try {
            PostgresDatabase.createIfMissing(server.postgres.getPostgresDatabase(), DATABASE, USERNAME, PASSWORD);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        log.info(
                "PostgreSQL listening on localhost:{}, database {}, data in {}, durability {}",
                port,
                DATABASE,
                layout.cluster(),
                durability);
        return server;
    }

    private static EmbeddedPostgres startLocked(
            PostgresDirectory layout, DataDirectoryLock lock, int port, PostgresDurability durability) {
        try {
            layout.clearLeftoversOfKilledRun();
            Ports.requireAvailable(port, SERVER, EmbeddedSettings.POSTGRES_PORT_VARIABLE);
            return startPostgres(layout, port, durability);
        } catch (RuntimeException e) {
            clearLeftoversOfFailedStart(layout, e);
            lock.close();
            throw e;
        }
    }

    /** A postmaster that missed the startup wait may still come up; it must not keep the port afterwards. */
    private static void clearLeftoversOfFailedStart(PostgresDirectory layout, RuntimeException failure) {
        try {
            layout.clearLeftoversOfKilledRun();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static EmbeddedPostgres startPostgres(PostgresDirectory layout, int port, PostgresDurability durability) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            durability.serverConfig().forEach(builder::setServerConfig);
            return builder.setDataDirectory(layout.cluster())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(Redirect.appendTo(layout.toolLog().toFile()))
                    .setErrorRedirector(Redirect.appendTo(layout.toolLog().toFile()))
                    .setServerConfig("listen_addresses", "localhost")
                    // No socket file in /tmp: it would outlive a killed run and clash with other instances.
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_filename", "postgresql-%a.log")
                    .setServerConfig("log_truncate_on_rotation", "on")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedServerException(
                    "PostgreSQL did not start on port " + port + "; see " + layout.toolLog() + " and "
                            + layout.serverLogs(),
                    e);
        }
    }

    /** The port PostgreSQL listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** Stops PostgreSQL with a fast shutdown: open transactions are rolled back, committed data is kept. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
            log.info("PostgreSQL on port {} stopped", port());
        } catch (IOException | RuntimeException e) {
            log.warn("PostgreSQL on port {} did not stop cleanly; see {}", port(), directory.serverLogs(), e);
        } finally {
            lock.close();
        }
    }
}
