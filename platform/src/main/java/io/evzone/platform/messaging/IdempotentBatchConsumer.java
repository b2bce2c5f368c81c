package io.evzone.platform.messaging;

import io.evzone.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch form of {@link IdempotentConsumer}: a poll's worth of records in one database
 * transaction, deduplicated in one statement, so a burst costs one commit instead of one per
 * record. Records are applied grouped by key in key order (each key's records keep their offset
 * order): two batch consumers that lock rows per key then take their locks in the same order and
 * cannot deadlock each other. When a batch fails its records are applied one by one, so a poison
 * record is pinned down ({@link BatchListenerFailedException}): the records before it are committed
 * and it alone goes through the retries and on to the dead-letter topic.
 */
public class IdempotentBatchConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentBatchConsumer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public IdempotentBatchConsumer(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Applies the records not processed before by {@code consumer}.
     *
     * @param reader the event of a record, or null for records this consumer skips
     * @param handler runs inside the transaction with the new events, in key order
     */
    public void handle(
            String consumer,
            List<ConsumerRecord<String, String>> records,
            Function<ConsumerRecord<String, String>, EventEnvelope<?>> reader,
            Consumer<List<EventEnvelope<?>>> handler) {
        List<ConsumerRecord<String, String>> ordered = new ArrayList<>(records);
        ordered.sort(Comparator.comparing(r -> Objects.toString(r.key(), "")));
        try {
            apply(consumer, ordered, reader, handler);
        } catch (RuntimeException batchFailure) {
            log.warn(
                    "Batch of {} records for {} failed, applying one by one: {}",
                    ordered.size(),
                    consumer,
                    batchFailure.toString());
            applyOneByOne(consumer, records, reader, handler);
        }
    }

    /** Runs {@code handler} for each event with the event's correlation id in the logging context. */
    public static Consumer<List<EventEnvelope<?>>> each(Consumer<EventEnvelope<?>> handler) {
        return events -> {
            for (EventEnvelope<?> event : events) {
                CorrelationScope.call(event.correlationId(), () -> {
                    handler.accept(event);
                    return null;
                });
            }
        };
    }

    private void applyOneByOne(
            String consumer,
            List<ConsumerRecord<String, String>> records,
            Function<ConsumerRecord<String, String>, EventEnvelope<?>> reader,
            Consumer<List<EventEnvelope<?>>> handler) {
        for (int i = 0; i < records.size(); i++) {
            try {
                apply(consumer, List.of(records.get(i)), reader, handler);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("Record for " + consumer + " failed", e, i);
            }
        }
    }

    private void apply(
            String consumer,
            List<ConsumerRecord<String, String>> records,
            Function<ConsumerRecord<String, String>, EventEnvelope<?>> reader,
            Consumer<List<EventEnvelope<?>>> handler) {
        List<EventEnvelope<?>> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope<?> event = reader.apply(record);
            if (event != null) {
                events.add(event);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Set<UUID> fresh =
                    claim(consumer, events.stream().map(EventEnvelope::eventId).toList());
            List<EventEnvelope<?>> toApply =
                    events.stream().filter(e -> fresh.remove(e.eventId())).toList();
            if (!toApply.isEmpty()) {
                handler.accept(toApply);
            }
        });
    }

    /** Marks the events processed by {@code consumer}; returns those that were not before. */
    private Set<UUID> claim(String consumer, List<UUID> eventIds) {
        return new HashSet<>(jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id)
                        SELECT :consumer, id FROM unnest(CAST(:ids AS uuid[])) AS id
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .param("consumer", consumer)
                .param("ids", eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(UUID.class)
                .list());
    }
}
