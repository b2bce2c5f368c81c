package io.evzone.billing.it;

import io.evzone.contracts.Topics;
import io.evzone.platform.test.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Collects what billing publishes on billing.events.v1 and ocpp.commands.v1, for tests to await. */
final class BillingEventsTap {

    private static BillingEventsTap instance;

    private final List<String> values = new CopyOnWriteArrayList<>();

    private BillingEventsTap() {
        Thread.ofPlatform().daemon().name("billing-events-tap").start(this::run);
    }

    static synchronized BillingEventsTap get() {
        if (instance == null) {
            instance = new BillingEventsTap();
        }
        return instance;
    }

    /** Values of the given event type that mention the id (a session's, a charger's), in the order published. */
    List<String> of(String type, String sessionId) {
        return values.stream()
                .filter(v -> v.contains("\"type\":\"" + type + "\"") && v.contains(sessionId))
                .toList();
    }

    private void run() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.environment().get("KAFKA_BROKERS"),
                ConsumerConfig.GROUP_ID_CONFIG,
                "billing-test-tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                1000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.BILLING_EVENTS, Topics.OCPP_COMMANDS));
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
    }
}
