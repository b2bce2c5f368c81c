package io.evzone.billing.pricing.messaging;

import io.evzone.billing.pricing.application.RecordSessionEvent;
import io.evzone.contracts.Topics;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.contracts.session.SessionUpdated;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Prices sessions from {@code session.events.v1}; each event is applied once (deduplicated on its id). */
@Component
class SessionEventsListener {

    static final String CONSUMER = "billing-session-events";
    private static final Map<String, Class<?>> TYPES = Map.of(
            "SessionStarted", SessionStarted.class,
            "SessionUpdated", SessionUpdated.class,
            "SessionStopped", SessionStopped.class);

    private final IdempotentBatchConsumer consumer;
    private final EventJson eventJson;
    private final RecordSessionEvent record;

    SessionEventsListener(IdempotentBatchConsumer consumer, EventJson eventJson, RecordSessionEvent record) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.record = record;
    }

    @KafkaListener(topics = Topics.SESSION_EVENTS, containerFactory = MessagingConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, String>> records) {
        consumer.handle(
                CONSUMER,
                records,
                r -> eventJson.readIfOneOf(r, TYPES),
                IdempotentBatchConsumer.each(event -> record.handle(event.payload())));
    }
}
