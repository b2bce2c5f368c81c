package io.evzone.billing.pricing.messaging;

import io.evzone.billing.pricing.domain.BillingStation;
import io.evzone.billing.pricing.domain.BillingStations;
import io.evzone.contracts.Topics;
import io.evzone.contracts.station.StationCreated;
import io.evzone.contracts.station.StationDeleted;
import io.evzone.contracts.station.StationUpdated;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps billing's station projection (organization and site for site-wide tariffs, time zone for local
 * times) from {@code station.events.v1}.
 */
@Component
class StationEventsListener {

    static final String CONSUMER = "billing-station-events";
    private static final Map<String, Class<?>> TYPES = Map.of(
            "StationCreated", StationCreated.class,
            "StationUpdated", StationUpdated.class,
            "StationDeleted", StationDeleted.class);

    private final IdempotentBatchConsumer consumer;
    private final EventJson eventJson;
    private final BillingStations stations;

    StationEventsListener(IdempotentBatchConsumer consumer, EventJson eventJson, BillingStations stations) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.stations = stations;
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
            case StationCreated s ->
                stations.record(new BillingStation(
                        s.stationId(), s.organizationId(), s.siteId(), BillingStation.zoneOf(s.timeZone()), s.at()));
            case StationUpdated s ->
                stations.record(new BillingStation(
                        s.stationId(), s.organizationId(), s.siteId(), BillingStation.zoneOf(s.timeZone()), s.at()));
            case StationDeleted s -> stations.remove(s.stationId());
            default -> throw new IllegalArgumentException("Not a station event: " + payload.getClass());
        }
    }
}
