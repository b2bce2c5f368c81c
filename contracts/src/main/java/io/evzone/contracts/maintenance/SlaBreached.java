package io.evzone.contracts.maintenance;

import java.time.Instant;

/**
 * An incident missed a deadline of its SLA. Published once per incident and deadline.
 *
 * @param deadline {@code RESPONSE} (nobody acknowledged it in time) or {@code RESOLUTION} (not resolved in time)
 * @param technicianId the assigned technician, or null when unassigned
 * @param dueAt the deadline that passed
 */
public record SlaBreached(
        String incidentId,
        String organizationId,
        String stationId,
        String stationName,
        String chargePointId,
        String title,
        String severity,
        String technicianId,
        String deadline,
        Instant dueAt,
        Instant breachedAt) {}
