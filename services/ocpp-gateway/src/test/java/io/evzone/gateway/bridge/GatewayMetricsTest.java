package io.evzone.gateway.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class GatewayMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final GatewayMetrics metrics = new GatewayMetrics(registry);

    @Test
    void countsMessagesPerDirectionAndAction() {
        metrics.message("IN", "MeterValues");
        metrics.message("IN", "MeterValues");
        metrics.message("OUT", "MeterValues");
        metrics.message("IN", null);

        assertThat(count("IN", "MeterValues")).isEqualTo(2);
        assertThat(count("OUT", "MeterValues")).isEqualTo(1);
        assertThat(count("IN", "unknown")).isEqualTo(1);
    }

    @Test
    void actionsInventedPastTheLimitAreCountedAsOther() {
        for (int i = 0; i < GatewayMetrics.MAX_MESSAGE_COUNTERS + 50; i++) {
            metrics.message("IN", "Made-up-" + i);
        }
        metrics.message("IN", "Made-up-0");

        assertThat(registry.find("evzone.gateway.messages").counters())
                .hasSize(GatewayMetrics.MAX_MESSAGE_COUNTERS + 1);
        assertThat(count("IN", "other")).isEqualTo(50);
        assertThat(count("IN", "Made-up-0")).isEqualTo(2);
    }

    private double count(String direction, String action) {
        return registry.get("evzone.gateway.messages")
                .tag("direction", direction)
                .tag("action", action)
                .counter()
                .count();
    }
}
