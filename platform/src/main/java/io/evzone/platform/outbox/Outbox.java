package io.evzone.platform.outbox;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.EventHeaders;
import io.evzone.platform.messaging.EventJson;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an event in the service's database, inside the caller's transaction. The relay publishes
 * it once the transaction commits; if the transaction rolls back, the event never existed.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final EventJson eventJson;
    private final String source;
    private final OutboxRelay relay;

    public Outbox(JdbcClient jdbc, EventJson eventJson, String source, OutboxRelay relay) {
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
        jdbc.sql("""
                        INSERT INTO outbox (event_id, topic, message_key, event_type, envelope, correlation_id)
                        VALUES (:eventId, :topic, :key, :type, :envelope, :correlationId)""")
                .param("eventId", envelope.eventId())
                .param("topic", topic)
                .param("key", subject)
                .param("type", envelope.type())
                .param("envelope", eventJson.write(envelope))
                .param("correlationId", envelope.correlationId())
                .update();
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (relay != null && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
    }
}
