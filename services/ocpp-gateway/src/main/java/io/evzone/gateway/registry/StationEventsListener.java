package io.evzone.gateway.registry;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.station.UnknownChargerPolicyChanged;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the gateway's copy of charger credentials current from the station service's
 * {@code ChargerRegistered} events, and its unknown-charger policy from {@code UnknownChargerPolicyChanged};
 * every other event type on that topic is ignored.
 *
 * <p>Every node keeps its own in-memory copy, so every node must see every event: the listener reads
 * in a consumer group of its own node (like the routing and reply listeners), and deduplicates under a
 * consumer name of its own node. Sharing the service's group would leave each node with only some
 * partitions' registrations, and a charger registered for profile 1 or 2 would be let into the other
 * nodes as an unknown charger, without its password.
 */
@Component
public class StationEventsListener {

    static final String CONSUMER = "gateway-charger-registered";
    private static final Map<String, Class<?>> TYPES = Map.of(
            "ChargerRegistered", ChargerRegistered.class,
            "UnknownChargerPolicyChanged", UnknownChargerPolicyChanged.class);

    private final IdempotentBatchConsumer consumer;
    private final EventJson eventJson;
    private final ChargerRecords records;
    private final NewChargerPolicy newChargers;
    private final GatewayProperties properties;
    private final List<Consumer<ChargerRegistered>> observers = new ArrayList<>();

    public StationEventsListener(
            IdempotentBatchConsumer consumer,
            EventJson eventJson,
            ChargerRecords records,
            NewChargerPolicy newChargers,
            GatewayProperties properties) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.records = records;
        this.newChargers = newChargers;
        this.properties = properties;
    }

    /** This node's consumer group on the station events: unique per node, so every node sees every registration. */
    public String registryGroup() {
        return "evzone-ocpp-gateway-registry-" + properties.nodeId();
    }

    /** Told after each applied registration (the connection layer drops deleted chargers). */
    public void onApplied(Consumer<ChargerRegistered> observer) {
        observers.add(observer);
    }

    @KafkaListener(
            id = "#{__listener.registryGroup()}",
            topics = Topics.STATION_EVENTS,
            containerFactory = MessagingConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, String>> batch) {
        List<ChargerRegistered> applied = new ArrayList<>();
        consumer.handle(CONSUMER + "-" + properties.nodeId(), batch, r -> eventJson.readIfOneOf(r, TYPES), events -> {
            for (EventEnvelope<?> event : events) {
                switch (event.payload()) {
                    case ChargerRegistered registered -> {
                        if (records.apply(registered)) {
                            applied.add(registered);
                        }
                    }
                    case UnknownChargerPolicyChanged policy -> newChargers.apply(policy);
                    default -> throw new IllegalStateException("Unexpected " + event.type());
                }
            }
        });
        applied.forEach(event -> observers.forEach(observer -> observer.accept(event)));
    }
}
