package io.evzone.auth.audit.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An event about to be recorded, built fluently:
 * {@code AuditEntry.of(LOGIN_FAILED).user(id).identifier(email).detail("wrong password")}.
 */
public record AuditEntry(
        AuditType type,
        UUID userId,
        String actorId,
        UUID organizationId,
        String identifier,
        String ip,
        String userAgent,
        String detail) {

    static final int MAX_TEXT = 512;

    public AuditEntry {
        Objects.requireNonNull(type, "type");
        identifier = shorten(identifier);
        detail = shorten(detail);
    }

    public static AuditEntry of(AuditType type) {
        return new AuditEntry(type, null, null, null, null, null, null, null);
    }

    public AuditEntry user(UUID id) {
        return new AuditEntry(type, id, actorId, organizationId, identifier, ip, userAgent, detail);
    }

    public AuditEntry actor(String id) {
        return new AuditEntry(type, userId, id, organizationId, identifier, ip, userAgent, detail);
    }

    public AuditEntry organization(UUID id) {
        return new AuditEntry(type, userId, actorId, id, identifier, ip, userAgent, detail);
    }

    public AuditEntry identifier(String value) {
        return new AuditEntry(type, userId, actorId, organizationId, value, ip, userAgent, detail);
    }

    public AuditEntry client(String clientIp, String clientUserAgent) {
        return new AuditEntry(type, userId, actorId, organizationId, identifier, clientIp, clientUserAgent, detail);
    }

    public AuditEntry detail(String text) {
        return new AuditEntry(type, userId, actorId, organizationId, identifier, ip, userAgent, text);
    }

    private static String shorten(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
