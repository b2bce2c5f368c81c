package io.evzone.auth.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One security event.
 *
 * @param id sequence number, null before it is stored
 * @param occurredAt when it happened
 * @param type what happened
 * @param userId the account it concerns, or null (a failed login for an unknown identifier)
 * @param actorId who did it when that is someone else (an administrator), or null
 * @param organizationId the organization it happened in, or null
 * @param identifier the email or phone a login attempt named, or null
 * @param ip the client's address
 * @param userAgent the client's user agent
 * @param detail a short human-readable explanation
 * @param correlationId the request's correlation id
 */
public record AuditEvent(
        Long id,
        Instant occurredAt,
        AuditType type,
        UUID userId,
        String actorId,
        UUID organizationId,
        String identifier,
        String ip,
        String userAgent,
        String detail,
        String correlationId) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
    }
}
