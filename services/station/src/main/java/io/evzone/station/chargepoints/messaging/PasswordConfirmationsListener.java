package io.evzone.station.chargepoints.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerPasswordConfirmed;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.station.chargepoints.application.SettleRotation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Retires a charger's old password when the gateway reports that it connected with the new one. A consumer group of
 * its own: the presence listener's group reads the same topic for other event types.
 */
@Component
class PasswordConfirmationsListener {

    static final String CONSUMER = "station-password-confirmations";

    private final IdempotentConsumer consumer;
    private final EventJson eventJson;
    private final SettleRotation settle;

    PasswordConfirmationsListener(IdempotentConsumer consumer, EventJson eventJson, SettleRotation settle) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.settle = settle;
    }

    @KafkaListener(topics = Topics.CHARGER_EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        if ("ChargerPasswordConfirmed".equals(eventJson.typeOf(record))) {
            consumer.handle(
                    CONSUMER,
                    record.value(),
                    ChargerPasswordConfirmed.class,
                    event -> settle.confirmed(
                            event.payload().ocppId(), event.payload().passwordHash()));
        }
    }
}
