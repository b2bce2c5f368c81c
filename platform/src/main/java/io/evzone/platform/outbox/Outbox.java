package io.evzone.platform.outbox;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.EventHeaders;
import io.evzone.platform.messaging.EventJson;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an event in the service's database, inside the caller's transaction. The relay publishes
 * it once the transaction commits; if the transaction rolls back, the event never existed.
 *
 * <p>A transaction's events are written in one JDBC batch just before it commits (a consumer that
 * applies a poll's worth of records in one transaction appends thousands), in the order they were
 * appended, so the relay publishes them in that order.
 */
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox (event_id, topic, message_key, event_type, envelope, correlation_id)
            VALUES (:eventId, :topic, :key, :type, :envelope, :correlationId)""";

    private final NamedParameterJdbcOperations jdbc;
    private final EventJson eventJson;
    private final String source;
    private final OutboxRelay relay;

    public Outbox(NamedParameterJdbcOperations jdbc, EventJson eventJson, String source, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.eventJson = eventJson;
        this.source = source;
        this.relay = relay;
    }

    /**
     * Appends an event about {@code subject} (also the Kafka key, so one subject's events stay in order).
     *
     * @return the envelope as it will be published
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> EventEnvelope<T> append(String topic, String subject, T payload) {
        EventEnvelope<T> envelope =
                EventEnvelope.of(source, subject, MDC.get(EventHeaders.MDC_CORRELATION_ID), payload);
        SqlParameterSource row = new MapSqlParameterSource()
                .addValue("eventId", envelope.eventId())
                .addValue("topic", topic)
                .addValue("key", subject)
                .addValue("type", envelope.type())
                .addValue("envelope", eventJson.write(envelope))
                .addValue("correlationId", envelope.correlationId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingInThisTransaction().rows.add(row);
        } else {
            insert(List.of(row));
        }
        return envelope;
    }

    private void insert(List<SqlParameterSource> rows) {
        if (rows.size() == 1) {
            jdbc.update(INSERT, rows.getFirst());
        } else if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private Pending pendingInThisTransaction() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /**
     * One transaction's appended rows. Bound as a resource so every append in the transaction finds it; unbound
     * while a nested REQUIRES_NEW transaction runs (which gets its own) and when the transaction ends.
     */
    private final class Pending implements TransactionSynchronization {

        private final List<SqlParameterSource> rows = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            insert(rows);
        }

        @Override
        public void afterCommit() {
            if (relay != null && !rows.isEmpty()) {
                relay.wakeUp();
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(Outbox.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(Outbox.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
        }
    }
}
