package io.evzone.station.commands.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.session.IdTokenChanged;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import io.evzone.station.commands.domain.IdTokenTypes;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the type of each id token the session service registered ({@code IdTokenChanged} on
 * {@code session.events.v1}); the topic's session events are skipped without being read.
 */
@Component
class IdTokenEventsListener {

    static final String CONSUMER = "station-id-tokens";
    private static final Map<String, Class<?>> TYPES = Map.of("IdTokenChanged", IdTokenChanged.class);

    private final IdempotentBatchConsumer consumer;
    private final EventJson json;
    private final IdTokenTypes types;

    IdTokenEventsListener(IdempotentBatchConsumer consumer, EventJson json, IdTokenTypes types) {
        this.consumer = consumer;
        this.json = json;
        this.types = types;
    }

    @KafkaListener(
            topics = Topics.SESSION_EVENTS,
            groupId = CONSUMER,
            containerFactory = MessagingConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, String>> records) {
        consumer.handle(CONSUMER, records, r -> json.readIfOneOf(r, TYPES), IdempotentBatchConsumer.each(event -> {
            IdTokenChanged changed = (IdTokenChanged) event.payload();
            types.record(changed.value(), changed.ocppType(), changed.removed(), changed.changedAt());
        }));
    }
}
