package io.evzone.platform.messaging;

import io.evzone.contracts.EventEnvelope;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a handler at most once per event and consumer: the event id is recorded in
 * {@code processed_event} in the same database transaction as the handler's own writes, so a
 * redelivered event (after a relay retry or a consumer restart) is skipped, and a failed handler
 * leaves no trace and is retried.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventJson eventJson;

    public IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions, EventJson eventJson) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.eventJson = eventJson;
    }

    /**
     * Handles one record value once for the named consumer.
     *
     * @return true when the handler ran, false when the event had been processed before
     */
    public <T> boolean handle(String consumer, String value, Class<T> payloadType, Consumer<EventEnvelope<T>> handler) {
        EventEnvelope<T> envelope = eventJson.read(value, payloadType);
        return CorrelationScope.call(envelope.correlationId(), () -> runOnce(consumer, envelope, handler));
    }

    private <T> boolean runOnce(String consumer, EventEnvelope<T> envelope, Consumer<EventEnvelope<T>> handler) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int inserted = jdbc.sql("""
                            INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId)
                            ON CONFLICT DO NOTHING""")
                    .param("consumer", consumer)
                    .param("eventId", envelope.eventId())
                    .update();
            if (inserted == 0) {
                return false;
            }
            handler.accept(envelope);
            return true;
        }));
    }
}
