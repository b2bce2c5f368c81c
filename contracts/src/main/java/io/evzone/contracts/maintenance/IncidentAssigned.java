package io.evzone.contracts.maintenance;

import java.time.Instant;

/**
 * An incident was assigned (or reassigned) to a technician.
 *
 * @param technicianId the user now responsible for the incident
 * @param assignedBy the user who assigned it, or null when the maintenance service's rules did
 * @param resolveBy the resolution deadline of the incident's SLA
 */
public record IncidentAssigned(
        String incidentId,
        String organizationId,
        String stationId,
        String stationName,
        String chargePointId,
        String ocppId,
        String title,
        String severity,
        String technicianId,
        String assignedBy,
        Instant resolveBy,
        Instant assignedAt) {}
