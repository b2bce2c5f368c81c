package io.evzone.gateway.registry;

import io.evzone.contracts.EventHeaders;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the gateway's copy of charger credentials current from the station service's
 * {@code ChargerRegistered} events; every other event type on that topic is ignored.
 */
@Component
public class StationEventsListener {

    static final String CONSUMER = "gateway-charger-registered";

    private final IdempotentConsumer consumer;
    private final EventJson eventJson;
    private final ChargerRecords records;
    private final List<Consumer<ChargerRegistered>> observers = new ArrayList<>();

    public StationEventsListener(IdempotentConsumer consumer, EventJson eventJson, ChargerRecords records) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.records = records;
    }

    /** Told after each applied registration (the connection layer drops deleted chargers). */
    public void onApplied(Consumer<ChargerRegistered> observer) {
        observers.add(observer);
    }

    @KafkaListener(topics = Topics.STATION_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (!"ChargerRegistered".equals(typeOf(record))) {
            return;
        }
        List<ChargerRegistered> applied = new ArrayList<>(1);
        consumer.handle(CONSUMER, record.value(), ChargerRegistered.class, envelope -> {
            if (records.apply(envelope.payload())) {
                applied.add(envelope.payload());
            }
        });
        applied.forEach(event -> observers.forEach(observer -> observer.accept(event)));
    }

    private String typeOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        return header != null ? new String(header.value(), StandardCharsets.UTF_8) : eventJson.typeOf(record.value());
    }
}
