package io.evzone.session.chargers.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.session.chargers.application.Chargers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the charger projection: the station service says which organization owns each charge point. */
@Component
class StationEventsListener {

    static final String CONSUMER = "session-station-events";

    private final IdempotentConsumer consumer;
    private final EventJson eventJson;
    private final Chargers chargers;

    StationEventsListener(IdempotentConsumer consumer, EventJson eventJson, Chargers chargers) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.chargers = chargers;
    }

    @KafkaListener(topics = Topics.STATION_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (!"ChargerRegistered".equals(eventJson.typeOf(record.value()))) {
            return;
        }
        consumer.handle(CONSUMER, record.value(), ChargerRegistered.class, event -> chargers.record(event.payload()));
    }
}
