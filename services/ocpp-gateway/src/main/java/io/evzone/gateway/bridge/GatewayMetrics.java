package io.evzone.gateway.bridge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The gateway's Micrometer meters, named {@code evzone.gateway.*}. */
@Component
public class GatewayMetrics {

    private final MeterRegistry registry;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the gauge of connected chargers for one version. */
    public void connectedChargers(String version, Supplier<Number> count) {
        io.micrometer.core.instrument.Gauge.builder("evzone.gateway.connected.chargers", count)
                .tag("version", version)
                .description("Chargers connected to this node")
                .register(registry);
    }

    public void message(String direction, String action) {
        Counter.builder("evzone.gateway.messages")
                .tag("direction", direction)
                .tag("action", action == null ? "unknown" : action)
                .register(registry)
                .increment();
    }

    public void error(String code) {
        Counter.builder("evzone.gateway.errors")
                .tag("code", code)
                .register(registry)
                .increment();
    }

    public void callLatency(String action, String outcome, Duration latency) {
        Timer.builder("evzone.gateway.call.latency")
                .tag("action", action)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(latency);
    }

    public void command(String status) {
        Counter.builder("evzone.gateway.commands")
                .tag("status", status)
                .register(registry)
                .increment();
    }

    public void question(String kind, String outcome) {
        Counter.builder("evzone.gateway.questions")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    public void dropped(String topic) {
        Counter.builder("evzone.gateway.publish.dropped")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }
}
