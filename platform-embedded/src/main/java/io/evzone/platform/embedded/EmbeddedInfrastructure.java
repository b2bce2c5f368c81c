package io.evzone.platform.embedded;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL, Kafka and Redis servers for one machine: started together, described to the services as
 * environment variables, stopped together.
 *
 * <p>A JVM shutdown hook stops the servers when the JVM exits without {@link #close()} having been called, so that no
 * PostgreSQL or Redis process outlives it; should one survive anyway (the JVM was killed), the next start on the same
 * data directory stops it first.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    /** JDBC URL of the application database. */
    public static final String DATABASE_URL = "DATABASE_URL";
    /** Login role of the application database. */
    public static final String DATABASE_USERNAME = "DATABASE_USERNAME";
    /** Password of the login role. */
    public static final String DATABASE_PASSWORD = "DATABASE_PASSWORD";
    /** Kafka bootstrap servers, {@code localhost:PORT}. */
    public static final String KAFKA_BROKERS = "KAFKA_BROKERS";
    /** Redis host, {@code localhost}. */
    public static final String REDIS_HOST = "REDIS_HOST";
    /** Redis port. */
    public static final String REDIS_PORT = "REDIS_PORT";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaServer kafka;
    private final EmbeddedRedisServer redis;
    private final Thread shutdownHook =
            Thread.ofPlatform().name("evzone-embedded-shutdown").unstarted(this::close);
    private boolean closed;
    private Runnable beforeClose;

    private EmbeddedInfrastructure(
            EmbeddedPostgresServer postgres, EmbeddedKafkaServer kafka, EmbeddedRedisServer redis) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.redis = redis;
    }

    /**
     * Starts each server that {@code settings} enables, side by side, and returns once all of them accept
     * connections. When one fails to start, those already started are stopped again.
     *
     * @throws PortUnavailableException when a configured port is taken, naming the variable that changes it
     * @throws EmbeddedServerException when a server does not start
     */
    public static EmbeddedInfrastructure start(EmbeddedSettings settings) {
        long startedAt = System.nanoTime();
        EmbeddedInfrastructure infrastructure = startWithRetries(settings);
        Runtime.getRuntime().addShutdownHook(infrastructure.shutdownHook);
        if (settings.anyEnabled()) {
            log.info(
                    "Embedded infrastructure ready in {} ms, data in {}",
                    (System.nanoTime() - startedAt) / 1_000_000,
                    settings.dataDir().toAbsolutePath().normalize());
        }
        return infrastructure;
    }

    /**
     * A port picked as free can be taken by another process before the server binds it (many test JVMs
     * at once, or this JVM's own outgoing connections): when any port is picked, a failed start is
     * tried again on fresh ports.
     */
    private static EmbeddedInfrastructure startWithRetries(EmbeddedSettings settings) {
        boolean picksPorts = settings.postgresPort() == 0
                || settings.kafkaPort() == 0
                || settings.kafkaControllerPort() == 0
                || settings.redisPort() == 0;
        int attempts = picksPorts ? 3 : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                return startServers(settings);
            } catch (EmbeddedServerException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.warn("Embedded servers did not start ({}); trying again on fresh ports", e.getMessage());
            }
        }
    }

    private static EmbeddedInfrastructure startServers(EmbeddedSettings settings) {
        int[] ports = Ports.withFreePorts(
                settings.postgresPort(), settings.kafkaPort(), settings.kafkaControllerPort(), settings.redisPort());
        Path dataDir = settings.dataDir();
        try (ParallelStart parallel = new ParallelStart()) {
            // Kafka first: it takes longest, and PostgreSQL and Redis mostly wait on their own processes meanwhile.
            Future<EmbeddedKafkaServer> kafka = parallel.submitIf(
                    settings.kafka(), () -> EmbeddedKafkaServer.start(dataDir.resolve("kafka"), ports[1], ports[2]));
            Future<EmbeddedPostgresServer> postgres = parallel.submitIf(
                    settings.postgres(),
                    () -> EmbeddedPostgresServer.start(
                            dataDir.resolve("postgres"), ports[0], settings.postgresDurability()));
            Future<EmbeddedRedisServer> redis = parallel.submitIf(
                    settings.redis(), () -> EmbeddedRedisServer.start(dataDir.resolve("redis"), ports[3]));
            var infrastructure =
                    new EmbeddedInfrastructure(parallel.await(postgres), parallel.await(kafka), parallel.await(redis));
            parallel.throwIfAnyFailed();
            return infrastructure;
        }
    }

    /**
     * The connection settings of the servers started, as the services read them from their environment:
     * {@value #DATABASE_URL}, {@value #DATABASE_USERNAME} and {@value #DATABASE_PASSWORD} for PostgreSQL,
     * {@value #KAFKA_BROKERS} for Kafka, {@value #REDIS_HOST} and {@value #REDIS_PORT} for Redis. Entries of servers
     * not started are absent.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        if (postgres != null) {
            environment.put(DATABASE_URL, postgres.jdbcUrl());
            environment.put(DATABASE_USERNAME, EmbeddedPostgresServer.USERNAME);
            environment.put(DATABASE_PASSWORD, EmbeddedPostgresServer.PASSWORD);
        }
        if (kafka != null) {
            environment.put(KAFKA_BROKERS, kafka.bootstrapServers());
        }
        if (redis != null) {
            environment.put(REDIS_HOST, EmbeddedRedisServer.HOST);
            environment.put(REDIS_PORT, String.valueOf(redis.port()));
        }
        return Collections.unmodifiableMap(environment);
    }

    /**
     * Stops Kafka, then Redis, then PostgreSQL, each cleanly. Safe to call more than once and from a shutdown hook;
     * a later call returns once the first has finished. Never throws: a server that does not stop cleanly is logged.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        runBeforeClose();
        closeIfStarted(kafka);
        closeIfStarted(redis);
        closeIfStarted(postgres);
    }

    /**
     * Runs {@code action} first whenever the infrastructure closes, also from its JVM shutdown hook,
     * so that what uses the servers (the services) stops before the servers do.
     */
    public synchronized void beforeClose(Runnable action) {
        this.beforeClose = action;
    }

    private void runBeforeClose() {
        Runnable action = beforeClose;
        beforeClose = null;
        if (action == null) {
            return;
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Stopping what used the embedded servers failed: {}", e.getMessage());
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook runs, or already ran, close() itself; it will find it has nothing left to do.
        }
    }

    private static void closeIfStarted(AutoCloseable server) {
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            log.warn("{} did not stop cleanly", server, e);
        }
    }
}
