package io.evzone.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox relay settings.
 *
 * @param relayEnabled whether this node relays (a deployment may run the relay on some nodes only)
 * @param batchSize rows claimed per transaction
 * @param pollInterval how often to look for rows when no commit woke the relay
 * @param sendTimeout how long to wait for Kafka to acknowledge a batch
 * @param retention how long published rows are kept for inspection before they are purged
 */
@ConfigurationProperties("evzone.outbox")
public record OutboxProperties(
        Boolean relayEnabled, Integer batchSize, Duration pollInterval, Duration sendTimeout, Duration retention) {

    public OutboxProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        batchSize = batchSize == null ? 200 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        retention = retention == null ? Duration.ofHours(24) : retention;
    }
}
