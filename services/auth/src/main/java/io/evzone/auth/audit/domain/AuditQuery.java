package io.evzone.auth.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Which events to read, newest first.
 *
 * @param type only this kind, or null
 * @param userId only about this user, or null
 * @param organizationScope only events in this organization or about its members; null reads all
 * @param from only at or after, or null
 * @param to only before, or null
 * @param limit page size
 * @param offset events to skip
 */
public record AuditQuery(
        AuditType type, UUID userId, UUID organizationScope, Instant from, Instant to, int limit, int offset) {}
