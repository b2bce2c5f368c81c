package io.evzone.session.it;

import io.evzone.contracts.Topics;
import io.evzone.platform.test.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the session service publishes to the gateway and to other services, for tests to await. */
final class KafkaTap {

    private static KafkaTap instance;

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();

    private KafkaTap() {
        Thread.ofPlatform().daemon().name("test-kafka-tap").start(this::run);
    }

    static synchronized KafkaTap get() {
        if (instance == null) {
            instance = new KafkaTap();
        }
        return instance;
    }

    List<ConsumerRecord<String, String>> on(String topic, Predicate<String> value) {
        return records.stream()
                .filter(r -> r.topic().equals(topic) && value.test(r.value()))
                .toList();
    }

    private void run() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.environment().get("KAFKA_BROKERS"),
                ConsumerConfig.GROUP_ID_CONFIG,
                "session-test-tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                1000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.OCPP_REPLIES, Topics.OCPP_COMMANDS, Topics.SESSION_EVENTS));
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
    }
}
