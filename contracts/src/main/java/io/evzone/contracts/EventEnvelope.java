package io.evzone.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic: the metadata every consumer needs around a payload.
 *
 * @param eventId unique per event; consumers deduplicate on it
 * @param type past-tense event name such as {@code ChargerBooted}
 * @param occurredAt when the fact happened at its source
 * @param source the service that raised it, such as {@code station}
 * @param subject the entity it is about, usually the charge point id (also the Kafka key)
 * @param correlationId follows one request through HTTP and Kafka
 * @param payload the event record
 */
public record EventEnvelope<T>(
        UUID eventId, String type, Instant occurredAt, String source, String subject, String correlationId, T payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
    }

    public static <T> EventEnvelope<T> of(String source, String subject, String correlationId, T payload) {
        return new EventEnvelope<>(
                TimeOrderedIds.next(),
                payload.getClass().getSimpleName(),
                Instant.now(),
                source,
                subject,
                correlationId,
                payload);
    }
}
