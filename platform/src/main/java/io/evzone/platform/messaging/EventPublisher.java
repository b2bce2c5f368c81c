package io.evzone.platform.messaging;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.EventHeaders;
import java.util.concurrent.CompletableFuture;
import org.slf4j.MDC;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes an event straight to Kafka, with the same envelope and headers as the outbox. For
 * facts that have no database state to stay consistent with (the gateway relaying what a charger
 * said, a reply to a question); anything that changes a service's own data goes through the
 * {@link io.evzone.platform.outbox.Outbox} instead.
 */
public class EventPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final EventJson eventJson;
    private final String source;

    public EventPublisher(KafkaTemplate<String, String> kafka, EventJson eventJson, String source) {
        this.kafka = kafka;
        this.eventJson = eventJson;
        this.source = source;
    }

    public <T> CompletableFuture<SendResult<String, String>> publish(String topic, String subject, T payload) {
        EventEnvelope<T> envelope =
                EventEnvelope.of(source, subject, MDC.get(EventHeaders.MDC_CORRELATION_ID), payload);
        return publish(topic, envelope);
    }

    public CompletableFuture<SendResult<String, String>> publish(String topic, EventEnvelope<?> envelope) {
        return kafka.send(EventRecords.of(
                topic,
                envelope.subject(),
                eventJson.write(envelope),
                envelope.eventId(),
                envelope.type(),
                envelope.correlationId()));
    }
}
