package io.evzone.platform.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real Redis server, run as a child process from a binary shipped in a jar, bound to 127.0.0.1 only, with its
 * keys kept in a directory of its own: every write goes to an append-only file, and a snapshot is saved on shutdown.
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    /** The host clients connect to. */
    public static final String HOST = "localhost";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final String PID_FILE = "redis.pid";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(10);
    private static final List<String> PERSISTENCE =
            List.of("appendonly yes", "appendfsync everysec", "save 900 1", "save 300 10", "save 60 10000");

    private final RedisServer redis;
    private final int port;
    private final DataDirectoryLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedRedisServer(RedisServer redis, int port, DataDirectoryLock lock) {
        this.redis = redis;
        this.port = port;
        this.lock = lock;
    }

    /**
     * Starts Redis on {@code port} with its data in {@code directory}, loading what an earlier run saved there, and
     * waits until it accepts connections.
     *
     * @throws PortUnavailableException when something already listens on {@code port}
     * @throws EmbeddedServerException when Redis does not start
     */
    public static EmbeddedRedisServer start(Path directory, int port) {
        Path dataDir = directory.toAbsolutePath();
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            OrphanedProcess.clear(dataDir.resolve(PID_FILE), "redis-server", ORPHAN_STOP_WAIT);
            Ports.requireAvailable(port, "Redis", EmbeddedSettings.REDIS_PORT_VARIABLE);
            EmbeddedRedisServer server = new EmbeddedRedisServer(startRedis(dataDir, port), port, lock);
            log.info("Redis listening on {}:{}, data in {}", LOOPBACK, port, dataDir);
            return server;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static RedisServer startRedis(Path dataDir, int port) {
        try {
            var builder = RedisServer.newRedisServer()
                    .bind(LOOPBACK)
                    .port(port)
                    .setting("dir " + quoted(dataDir))
                    .setting("pidfile " + quoted(dataDir.resolve(PID_FILE)))
                    // SIGTERM from close() then makes Redis flush the append-only file and save a snapshot.
                    .onShutdownForceStop(false);
            PERSISTENCE.forEach(builder::setting);
            RedisServer redis = builder.build();
            redis.start();
            return redis;
        } catch (IOException e) {
            throw new EmbeddedServerException("Redis did not start on port " + port, e);
        }
    }

    /** Quoted for redis.conf, which splits unquoted values at spaces. */
    private static String quoted(Path path) {
        return '"' + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The port Redis listens on. */
    public int port() {
        return port;
    }

    /** Stops Redis, which first saves its data. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            redis.stop();
            log.info("Redis on port {} stopped", port);
        } catch (IOException | RuntimeException e) {
            log.warn("Redis on port {} did not stop cleanly", port, e);
        } finally {
            lock.close();
        }
    }
}
