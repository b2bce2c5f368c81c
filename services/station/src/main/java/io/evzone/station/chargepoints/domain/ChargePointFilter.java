package io.evzone.station.chargepoints.domain;

import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.shared.domain.OrganizationScope;
import java.util.List;
import java.util.UUID;

/**
 * Filters of a charge point listing; null means any.
 *
 * @param registration ACCEPTED, PENDING or REJECTED (the approval queue is PENDING)
 * @param unassigned true: only charge points without a station; false: only placed ones
 * @param ocppIds only these OCPP ids (several chargers looked up in one request); empty means any
 */
public record ChargePointFilter(
        OrganizationScope scope,
        UUID stationId,
        RegistrationStatus registration,
        Boolean online,
        Boolean unassigned,
        List<String> ocppIds,
        int limit,
        int offset) {

    public ChargePointFilter {
        ocppIds = ocppIds == null ? List.of() : List.copyOf(ocppIds);
    }
}
