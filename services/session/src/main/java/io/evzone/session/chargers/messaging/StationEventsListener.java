package io.evzone.session.chargers.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.station.ChargePointProvisioned;
import io.evzone.contracts.station.ChargePointStationChanged;
import io.evzone.contracts.station.ChargerWentOnline;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.chargers.application.StationAssignment;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the charger projection: the station service says which organization owns each charge point
 * ({@code ChargerRegistered}) and at which station it is ({@code ChargePointProvisioned},
 * {@code ChargePointStationChanged}; {@code ChargerWentOnline} repeats it, which also teaches the
 * station of chargers placed before the station service published moves).
 */
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
        String value = record.value();
        switch (eventJson.typeOf(value)) {
            case "ChargerRegistered" -> handle(value, ChargerRegistered.class, chargers::record);
            case "ChargePointProvisioned" ->
                handle(
                        value,
                        ChargePointProvisioned.class,
                        p -> chargers.record(new StationAssignment(
                                p.ocppId(), p.organizationId(), p.stationId(), p.provisionedAt())));
            case "ChargePointStationChanged" ->
                handle(
                        value,
                        ChargePointStationChanged.class,
                        p -> chargers.record(
                                new StationAssignment(p.ocppId(), p.organizationId(), p.stationId(), p.changedAt())));
            case "ChargerWentOnline" ->
                handle(
                        value,
                        ChargerWentOnline.class,
                        p -> chargers.record(
                                new StationAssignment(p.ocppId(), p.organizationId(), p.stationId(), p.at())));
            default -> {}
        }
    }

    private <T> void handle(String value, Class<T> type, Consumer<T> handler) {
        consumer.handle(CONSUMER, value, type, event -> handler.accept(event.payload()));
    }
}
