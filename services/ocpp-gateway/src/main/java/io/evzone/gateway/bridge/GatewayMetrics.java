package io.evzone.gateway.bridge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The gateway's Micrometer meters, named {@code evzone.gateway.*}. */
@Component
public class GatewayMetrics {

    /** Distinct (direction, action) counters kept; a charger inventing action names must not grow them without end. */
    static final int MAX_MESSAGE_COUNTERS = 400;

    private final MeterRegistry registry;
    /** Looked up on every frame in and out: a map hit instead of building and registering a meter each time. */
    private final Map<String, Counter> messageCounters = new ConcurrentHashMap<>();

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

    /** Registers the gauge of how many chargers this node may hold, beside the connected ones to alert on. */
    public void maxChargers(int max) {
        io.micrometer.core.instrument.Gauge.builder("evzone.gateway.max.chargers", () -> max)
                .description("Chargers this node holds at most; more are refused at the handshake")
                .register(registry);
    }

    public void message(String direction, String action) {
        String tag = action == null ? "unknown" : action;
        Counter counter = messageCounters.get(direction + ' ' + tag);
        if (counter == null) {
            String kept = messageCounters.size() < MAX_MESSAGE_COUNTERS ? tag : "other";
            counter = messageCounters.computeIfAbsent(direction + ' ' + kept, key -> messageCounter(direction, kept));
        }
        counter.increment();
    }

    private Counter messageCounter(String direction, String action) {
        return Counter.builder("evzone.gateway.messages")
                .tag("direction", direction)
                .tag("action", action)
                .register(registry);
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
