package io.evzone.session.chargers.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.station.ChargePointProvisioned;
import io.evzone.contracts.station.ChargePointStationChanged;
import io.evzone.contracts.station.ChargerWentOnline;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.chargers.application.StationAssignment;
import java.util.List;
import java.util.Map;
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
    private static final Map<String, Class<?>> TYPES = Map.of(
            "ChargerRegistered", ChargerRegistered.class,
            "ChargePointProvisioned", ChargePointProvisioned.class,
            "ChargePointStationChanged", ChargePointStationChanged.class,
            "ChargerWentOnline", ChargerWentOnline.class);

    private final IdempotentBatchConsumer consumer;
    private final EventJson eventJson;
    private final Chargers chargers;

    StationEventsListener(IdempotentBatchConsumer consumer, EventJson eventJson, Chargers chargers) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.chargers = chargers;
    }

    @KafkaListener(topics = Topics.STATION_EVENTS, containerFactory = MessagingConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, String>> records) {
        consumer.handle(
                CONSUMER,
                records,
                r -> eventJson.readIfOneOf(r, TYPES),
                IdempotentBatchConsumer.each(event -> apply(event.payload())));
    }

    private void apply(Object payload) {
        switch (payload) {
            case ChargerRegistered p -> chargers.record(p);
            case ChargePointProvisioned p ->
                chargers.record(new StationAssignment(
                        p.ocppId(), p.chargePointId(), p.organizationId(), p.stationId(), p.provisionedAt()));
            case ChargePointStationChanged p ->
                chargers.record(new StationAssignment(
                        p.ocppId(), p.chargePointId(), p.organizationId(), p.stationId(), p.changedAt()));
            case ChargerWentOnline p ->
                chargers.record(new StationAssignment(
                        p.ocppId(), p.chargePointId(), p.organizationId(), p.stationId(), p.at()));
            default -> throw new IllegalArgumentException("Not a charger projection event: " + payload.getClass());
        }
    }
}
