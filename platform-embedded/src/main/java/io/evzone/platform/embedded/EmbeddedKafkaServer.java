package io.evzone.platform.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka node running in this JVM: broker and KRaft controller in one, listening on localhost only, with its
 * topics, offsets and cluster metadata kept in a directory of its own so that they survive a restart.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaServer.class);
    private static final String SERVER = "Kafka";
    private static final Duration READY_WAIT = Duration.ofSeconds(90);

    private final KafkaRaftServer server;
    private final int port;
    private final DataDirectoryLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaServer(KafkaRaftServer server, int port, DataDirectoryLock lock) {
        this.server = server;
        this.port = port;
        this.lock = lock;
    }

    /**
     * Starts Kafka with its data in {@code directory}, formatting it on first start, and waits until the broker
     * accepts clients.
     *
     * @param port the port clients connect to
     * @param controllerPort the port of the KRaft controller, used only by Kafka itself
     * @throws PortUnavailableException when something already listens on one of the ports
     * @throws EmbeddedServerException when Kafka does not start
     */
    public static EmbeddedKafkaServer start(Path directory, int port, int controllerPort) {
        Path logDir = directory.toAbsolutePath();
        DataDirectoryLock lock = DataDirectoryLock.acquire(logDir);
        try {
            Ports.requireAvailable(port, SERVER, EmbeddedSettings.KAFKA_PORT_VARIABLE);
            Ports.requireAvailable(
                    controllerPort, SERVER + " controller", EmbeddedSettings.KAFKA_CONTROLLER_PORT_VARIABLE);
            KafkaStorage.formatIfNeeded(logDir);
            EmbeddedKafkaServer kafka = new EmbeddedKafkaServer(startServer(logDir, port, controllerPort), port, lock);
            kafka.awaitReady();
            log.info("Kafka listening on localhost:{} (controller {}), data in {}", port, controllerPort, logDir);
            return kafka;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static KafkaRaftServer startServer(Path logDir, int port, int controllerPort) {
        KafkaRaftServer server = null;
        try {
            // false: do not log all several hundred settings at start.
            KafkaConfig config = new KafkaConfig(KafkaBrokerProperties.of(logDir, port, controllerPort), false);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return server;
        } catch (RuntimeException e) {
            var failure = new EmbeddedServerException("Kafka did not start on port " + port + " in " + logDir, e);
            stopAfterFailure(server, failure);
            throw failure;
        }
    }

    private static void stopAfterFailure(KafkaRaftServer server, RuntimeException failure) {
        try {
            if (server != null) {
                stop(server);
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void awaitReady() {
        try {
            KafkaReadiness.await(bootstrapServers(), READY_WAIT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The port clients connect to. */
    public int port() {
        return port;
    }

    /** The {@code bootstrap.servers} value for clients: {@code localhost:PORT}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Shuts Kafka down in a controlled way, so that the next start needs no log recovery. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            stop(server);
            log.info("Kafka on port {} stopped", port);
        } catch (RuntimeException e) {
            log.warn("Kafka on port {} did not stop cleanly", port, e);
        } finally {
            lock.close();
        }
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }
}
