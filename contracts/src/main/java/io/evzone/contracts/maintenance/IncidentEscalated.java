package io.evzone.contracts.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * An incident was escalated one level up its organization's escalation chain.
 *
 * @param level the level reached, 1 for the first escalation
 * @param escalatedTo the users now responsible at that level; empty means the whole organization
 * @param reason why, such as {@code SLA_BREACHED} or {@code MANUAL}
 */
public record IncidentEscalated(
        String incidentId,
        String organizationId,
        String stationId,
        String stationName,
        String chargePointId,
        String title,
        String severity,
        int level,
        List<String> escalatedTo,
        String reason,
        Instant escalatedAt) {

    public IncidentEscalated {
        escalatedTo = escalatedTo == null ? List.of() : List.copyOf(escalatedTo);
    }
}
