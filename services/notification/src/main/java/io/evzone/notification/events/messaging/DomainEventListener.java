package io.evzone.notification.events.messaging;

import io.evzone.contracts.Topics;
import io.evzone.notification.events.application.NotifyOnEvent;
import io.evzone.notification.events.domain.EventMapping;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Other services' events that someone should hear about, each turned into messages by its {@link EventMapping};
 * event types without a mapping are skipped unread.
 */
@Component
class DomainEventListener {

    static final String CONSUMER = "notification-domain-events";

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final NotifyOnEvent notify;
    private final Map<String, EventMapping<?>> mappings;

    DomainEventListener(
            IdempotentConsumer consumer, EventJson json, NotifyOnEvent notify, List<EventMapping<?>> mappings) {
        this.consumer = consumer;
        this.json = json;
        this.notify = notify;
        this.mappings = mappings.stream().collect(Collectors.toMap(EventMapping::eventType, Function.identity()));
    }

    @KafkaListener(
            topics = {
                Topics.AUTH_EVENTS,
                Topics.SESSION_EVENTS,
                Topics.STATION_EVENTS,
                Topics.BILLING_EVENTS,
                Topics.BOOKING_EVENTS,
                Topics.MAINTENANCE_EVENTS
            },
            groupId = "evzone-notification-domain-events")
    void on(ConsumerRecord<String, String> record) {
        EventMapping<?> mapping = mappings.get(json.typeOf(record));
        if (mapping != null) {
            handle(record.value(), mapping);
        }
    }

    private <T> void handle(String value, EventMapping<T> mapping) {
        consumer.handle(
                CONSUMER,
                value,
                mapping.payloadType(),
                event -> notify.handle(event.eventId(), mapping.intents(event.payload())));
    }
}
