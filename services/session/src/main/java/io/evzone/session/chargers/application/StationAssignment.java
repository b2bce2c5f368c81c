package io.evzone.session.chargers.application;

import java.time.Instant;

/**
 * Where the station service says a charge point is, as of {@code at}.
 *
 * @param chargePointId the OCPP identity
 * @param registryId the station service's id of the charge point (a UUID; {@code chargePointId} in its events)
 * @param organizationId the owner at that time, recorded only for a charger not known before
 * @param stationId null while the charge point is at no station
 */
public record StationAssignment(
        String chargePointId, String registryId, String organizationId, String stationId, Instant at) {}
