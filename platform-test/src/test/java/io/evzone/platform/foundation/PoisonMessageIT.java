package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.platform.test.EvzoneIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

@EvzoneIntegrationTest
class PoisonMessageIT {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    @Test
    void aPoisonMessageLandsInTheDeadLetterTopicWhileLaterMessagesKeepFlowing() throws Exception {
        String key = "same-partition-" + UUID.randomUUID();
        String poison = "{not json at all " + UUID.randomUUID();
        String name = "after-poison-" + UUID.randomUUID();
        String valid = """
                {"eventId":"%s","type":"WidgetCreated","occurredAt":"2026-11-25T10:00:00Z","source":"test",
                 "subject":"%s","correlationId":null,"payload":{"name":"%s"}}""".formatted(UUID.randomUUID(), key, name);

        kafka.send(FoundationTestApplication.TOPIC, key, poison).get();
        kafka.send(FoundationTestApplication.TOPIC, key, valid).get();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT count(*) FROM received_event WHERE name = :n")
                                .param("n", name)
                                .query(Integer.class)
                                .single()
                        == 1);
        assertThat(deadLetters())
                .anySatisfy(record -> assertThat(record.value()).isEqualTo(poison));
    }

    private List<ConsumerRecord<String, String>> deadLetters() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterOf(groupId)));
            List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (records.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
