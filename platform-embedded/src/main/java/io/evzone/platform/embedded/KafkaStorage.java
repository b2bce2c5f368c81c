package io.evzone.platform.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a Kafka log directory on first start, as {@code kafka-storage.sh format} would.
 *
 * <p>The cluster id is generated once and then lives in the directory's {@code meta.properties}, where Kafka reads it
 * on every later start.
 */
final class KafkaStorage {

    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {}

    /** Formats {@code logDir} unless Kafka already did. */
    static void formatIfNeeded(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(KafkaBrokerProperties.NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(KafkaBrokerProperties.CONTROLLER_LISTENER)
                    .run();
        } catch (Exception e) {
            throw new EmbeddedServerException("Cannot format the Kafka log directory " + logDir + ": " + output, e);
        }
        log.info("Kafka: formatted {} for new cluster {}", logDir, clusterId);
    }
}
