package io.evzone.contracts.station;

import java.time.Instant;

/**
 * A connector reported FAULTED (after having been in another status): maintenance opens an incident.
 *
 * @param errorCode 1.6's errorCode, or null
 * @param vendorErrorCode the vendor's error code, or null
 * @param info free text from the charger, or null
 */
public record ConnectorFaulted(
        String chargePointId,
        String ocppId,
        String organizationId,
        String stationId,
        String connectorRef,
        int evseId,
        int connectorId,
        String errorCode,
        String vendorErrorCode,
        String info,
        Instant faultedAt) {}
