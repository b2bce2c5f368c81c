package io.evzone.platform.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/** Waits until a Kafka broker accepts clients, that is until an admin client sees it in the cluster. */
final class KafkaReadiness {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(50);

    private KafkaReadiness() {}

    static void await(String bootstrapServers, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
            while (brokers(admin).isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new EmbeddedServerException(
                            "Kafka at " + bootstrapServers + " did not accept clients within " + wait, null);
                }
                Thread.sleep(PAUSE_AFTER_FAILURE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedServerException("Interrupted while waiting for Kafka at " + bootstrapServers, e);
        }
    }

    private static Collection<Node> brokers(Admin admin) throws InterruptedException {
        var options = new DescribeClusterOptions().timeoutMs((int) ATTEMPT_TIMEOUT.toMillis());
        try {
            return admin.describeCluster(options).nodes().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notYet) {
            return List.of();
        }
    }

    private static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "evzone-embedded-readiness",
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG,
                20,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                100);
    }
}
