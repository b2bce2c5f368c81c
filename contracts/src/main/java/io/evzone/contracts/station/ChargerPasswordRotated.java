package io.evzone.contracts.station;

import java.time.Instant;

/**
 * A charger's Basic-auth password was replaced: the charger accepted the new one and connected with it, and the old
 * one no longer opens a connection.
 *
 * @param chargePointId the registry's id of the charge point (a UUID)
 * @param ocppId the charger's OCPP identity
 */
public record ChargerPasswordRotated(
        String chargePointId, String ocppId, String organizationId, Instant requestedAt, Instant retiredAt) {}
