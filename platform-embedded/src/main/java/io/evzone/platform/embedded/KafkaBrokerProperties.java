package io.evzone.platform.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Configuration of a single-node Kafka (KRaft broker and controller in one process) sized for a dev machine. */
final class KafkaBrokerProperties {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private static final int MEBIBYTE = 1024 * 1024;
    private static final String LOOPBACK = "127.0.0.1";

    /** One node, so no replication; smaller internal topics than the default 50 partitions start much faster. */
    private static final Map<String, Object> SINGLE_NODE = Map.ofEntries(
            Map.entry("num.partitions", 6),
            Map.entry("auto.create.topics.enable", true),
            Map.entry("default.replication.factor", 1),
            Map.entry("min.insync.replicas", 1),
            Map.entry("offsets.topic.replication.factor", 1),
            Map.entry("offsets.topic.num.partitions", 6),
            Map.entry("transaction.state.log.replication.factor", 1),
            Map.entry("transaction.state.log.min.isr", 1),
            Map.entry("transaction.state.log.num.partitions", 6),
            Map.entry("share.coordinator.state.topic.replication.factor", 1),
            Map.entry("share.coordinator.state.topic.min.isr", 1),
            Map.entry("share.coordinator.state.topic.num.partitions", 6),
            Map.entry("group.initial.rebalance.delay.ms", 0),
            // After a killed run the controller waits for the old broker session to expire before the broker may
            // register again: 9 s by default, on the critical path of the next start.
            Map.entry("broker.session.timeout.ms", 3000),
            Map.entry("broker.heartbeat.interval.ms", 500));

    /** Disk and memory: bounded logs, small preallocated indexes, a small cleaner buffer, few threads for 2 cores. */
    private static final Map<String, Object> DEV_MACHINE = Map.ofEntries(
            Map.entry("log.segment.bytes", 16 * MEBIBYTE),
            Map.entry("log.retention.hours", 72),
            Map.entry("log.retention.bytes", 128 * MEBIBYTE),
            Map.entry("log.index.size.max.bytes", MEBIBYTE),
            Map.entry("log.cleaner.dedupe.buffer.size", 16 * MEBIBYTE),
            Map.entry("num.network.threads", 2),
            Map.entry("num.io.threads", 4),
            Map.entry("background.threads", 4),
            Map.entry("num.recovery.threads.per.data.dir", 2));

    private KafkaBrokerProperties() {}

    static Properties of(Path logDir, int port, int controllerPort) {
        Properties properties = new Properties();
        properties.putAll(node(logDir, port, controllerPort));
        SINGLE_NODE.forEach((key, value) -> properties.put(key, String.valueOf(value)));
        DEV_MACHINE.forEach((key, value) -> properties.put(key, String.valueOf(value)));
        return properties;
    }

    private static Map<String, String> node(Path logDir, int port, int controllerPort) {
        return Map.of(
                "process.roles",
                "broker,controller",
                "node.id",
                String.valueOf(NODE_ID),
                // A static voter set keeps no endpoint in the metadata log, so the ports may change between runs.
                "controller.quorum.voters",
                NODE_ID + "@" + LOOPBACK + ":" + controllerPort,
                "controller.listener.names",
                CONTROLLER_LISTENER,
                "listeners",
                "PLAINTEXT://" + LOOPBACK + ":" + port + "," + CONTROLLER_LISTENER + "://" + LOOPBACK + ":"
                        + controllerPort,
                "advertised.listeners",
                "PLAINTEXT://localhost:" + port,
                "listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT",
                "inter.broker.listener.name",
                "PLAINTEXT",
                "log.dirs",
                logDir.toAbsolutePath().toString());
    }
}
