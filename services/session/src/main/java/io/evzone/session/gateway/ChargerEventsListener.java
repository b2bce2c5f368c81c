package io.evzone.session.gateway;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import io.evzone.session.charging.application.RecordChargerEvents;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Charger events in batches (up to a poll's worth): one database transaction, one bulk insert of
 * meter values, one save per touched session. Types this service does not follow are skipped by
 * their header, without parsing.
 */
@Component
class ChargerEventsListener {

    static final String CONSUMER = "session-charger-events";
    private static final Map<String, Class<?>> TYPES = Map.of(
            "TransactionReported", TransactionReported.class,
            "MeterValuesReported", MeterValuesReported.class,
            "ChargerBooted", ChargerBooted.class);

    private final EventJson eventJson;
    private final IdempotentBatchConsumer consumer;
    private final RecordChargerEvents record;

    ChargerEventsListener(EventJson eventJson, IdempotentBatchConsumer consumer, RecordChargerEvents record) {
        this.eventJson = eventJson;
        this.consumer = consumer;
        this.record = record;
    }

    @KafkaListener(
            topics = Topics.CHARGER_EVENTS,
            containerFactory = MessagingConfiguration.BATCH_LISTENER_FACTORY,
            concurrency = "${evzone.session.consumer-concurrency:2}")
    void on(List<ConsumerRecord<String, String>> records) {
        consumer.handle(
                CONSUMER,
                records,
                r -> eventJson.readIfOneOf(r, TYPES),
                events -> record.handle(
                        events.stream().map(EventEnvelope::payload).toList()));
    }
}
