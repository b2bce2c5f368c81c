package io.evzone.station.reports.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerNotification;
import io.evzone.contracts.charger.DeviceModelReported;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.station.reports.application.RecordChargerReports;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps chargers' status reports ({@code ChargerNotification}) and device models ({@code DeviceModelReported}) from
 * {@code ocpp.charger-events.v1}, in a consumer group of its own: the presence listener's group reads the same topic.
 */
@Component
class ChargerReportsListener {

    static final String CONSUMER = "station-charger-reports";

    private final IdempotentConsumer consumer;
    private final EventJson eventJson;
    private final RecordChargerReports record;

    ChargerReportsListener(IdempotentConsumer consumer, EventJson eventJson, RecordChargerReports record) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.record = record;
    }

    @KafkaListener(topics = Topics.CHARGER_EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> event) {
        switch (eventJson.typeOf(event)) {
            case "ChargerNotification" ->
                consumer.handle(
                        CONSUMER, event.value(), ChargerNotification.class, e -> record.notification(e.payload()));
            case "DeviceModelReported" ->
                consumer.handle(
                        CONSUMER, event.value(), DeviceModelReported.class, e -> record.deviceModel(e.payload()));
            default -> {}
        }
    }
}
