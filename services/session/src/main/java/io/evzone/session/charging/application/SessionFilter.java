package io.evzone.session.charging.application;

import io.evzone.session.charging.domain.SessionStatus;
import java.time.Instant;

/**
 * Which sessions a query returns. The scope ({@code organizationId}, {@code ownerUserId}) comes
 * from the caller, never from request parameters.
 *
 * @param organizationId only this organization's sessions; null: any (platform admin)
 * @param ownerUserId only this driver's sessions; null: any
 * @param userId the {@code userId} filter an operator asked for
 * @param from sessions started at or after
 * @param to sessions started before
 */
public record SessionFilter(
        String organizationId,
        String ownerUserId,
        String userId,
        String stationId,
        String chargePointId,
        SessionStatus status,
        Instant from,
        Instant to,
        int limit,
        int offset) {}
