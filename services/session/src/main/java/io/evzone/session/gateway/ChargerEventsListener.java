package io.evzone.session.gateway;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.platform.messaging.EventJson;
import io.evzone.session.charging.application.RecordChargerEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charger events in batches (up to a poll's worth): one database transaction, one bulk insert of
 * meter values, one save per touched session. When a batch fails, its records are retried one by
 * one, so a poison record is pinned down ({@link BatchListenerFailedException}): the records before
 * it are committed and it alone goes through the retries and on to the dead-letter topic.
 */
@Component
class ChargerEventsListener {

    static final String CONSUMER = "session-charger-events";
    private static final Logger log = LoggerFactory.getLogger(ChargerEventsListener.class);
    private static final Map<String, Class<?>> TYPES = Map.of(
            "TransactionReported", TransactionReported.class,
            "MeterValuesReported", MeterValuesReported.class,
            "ChargerBooted", ChargerBooted.class);

    private final EventJson eventJson;
    private final ProcessedEvents processed;
    private final RecordChargerEvents record;
    private final TransactionTemplate transactions;

    ChargerEventsListener(
            EventJson eventJson,
            ProcessedEvents processed,
            RecordChargerEvents record,
            TransactionTemplate transactions) {
        this.eventJson = eventJson;
        this.processed = processed;
        this.record = record;
        this.transactions = transactions;
    }

    @KafkaListener(topics = Topics.CHARGER_EVENTS, containerFactory = BatchListenerConfiguration.FACTORY)
    void on(List<ConsumerRecord<String, String>> records) {
        try {
            apply(records);
        } catch (RuntimeException batchFailure) {
            log.warn(
                    "Batch of {} charger events failed, applying one by one: {}",
                    records.size(),
                    batchFailure.toString());
            for (int i = 0; i < records.size(); i++) {
                try {
                    apply(List.of(records.get(i)));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("Charger event failed", e, i);
                }
            }
        }
    }

    private void apply(List<ConsumerRecord<String, String>> records) {
        List<EventEnvelope<?>> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> r : records) {
            Class<?> type = TYPES.get(eventJson.typeOf(r.value()));
            if (type != null) {
                events.add(eventJson.read(r.value(), type));
            }
        }
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Set<UUID> fresh = processed.claim(
                    CONSUMER, events.stream().map(EventEnvelope::eventId).toList());
            record.handle(events.stream()
                    .filter(e -> fresh.remove(e.eventId()))
                    .map(EventEnvelope::payload)
                    .toList());
        });
    }
}
