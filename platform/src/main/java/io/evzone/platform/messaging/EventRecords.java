package io.evzone.platform.messaging;

import io.evzone.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The Kafka record of an event: its envelope as the value, and the headers every consumer may read. */
public final class EventRecords {

    private EventRecords() {}

    public static ProducerRecord<String, String> of(
            String topic, String key, String envelope, UUID eventId, String eventType, String correlationId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelope);
        record.headers().add(EventHeaders.EVENT_ID, bytes(eventId.toString()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(eventType));
        if (correlationId != null) {
            record.headers().add(EventHeaders.CORRELATION_ID, bytes(correlationId));
        }
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
