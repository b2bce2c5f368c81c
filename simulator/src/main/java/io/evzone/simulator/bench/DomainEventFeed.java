package io.evzone.simulator.bench;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.EventHeaders;
import io.evzone.contracts.Topics;
import io.evzone.contracts.auth.UserRegistered;
import io.evzone.contracts.billing.PaymentSucceeded;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes domain events onto the platform's Kafka as their producers do (same envelope and headers), so a
 * benchmark measures from the moment an event is on the bus, as the producing service's outbox would put it there.
 */
final class DomainEventFeed implements AutoCloseable {

    /** Prefix of the payment ids the benchmark publishes; the number after it is the event's sequence. */
    static final String PAYMENT_PREFIX = "bench-";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer;

    DomainEventFeed(String brokers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(config);
    }

    /** Tells notification the synthetic user's address, as auth does when someone registers. */
    void userRegistered(String userId, String email) {
        send(
                Topics.AUTH_EVENTS,
                userId,
                new UserRegistered(
                        userId, email, null, "Bench " + userId.substring(0, 8), UserRegistered.SELF_SERVICE, "ACTIVE"));
    }

    /** A payment the user made: one in-app message (and so one server-sent event) and one email. */
    void paymentSucceeded(String userId, long sequence) {
        send(
                Topics.BILLING_EVENTS,
                userId,
                new PaymentSucceeded(
                        PAYMENT_PREFIX + sequence,
                        userId,
                        null,
                        1_000,
                        "USD",
                        "sandbox",
                        "bench",
                        "TOP_UP",
                        Instant.now()));
    }

    void send(String topic, String key, Object payload) {
        EventEnvelope<Object> envelope = EventEnvelope.of("bench", key, null, payload);
        var record = new ProducerRecord<>(topic, key, JSON.writeValueAsString(envelope));
        record.headers()
                .add(EventHeaders.EVENT_ID, envelope.eventId().toString().getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_TYPE, envelope.type().getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.SOURCE, envelope.source().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
