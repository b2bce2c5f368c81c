package io.evzone.session.chargers.application;

/**
 * A charge point as the session service knows it from the station service's events.
 *
 * @param chargePointId the OCPP identity
 * @param registryId the station service's id of the charge point, or null while not learned
 * @param stationId null while the charge point is at no station (or its station is not known yet)
 */
public record KnownCharger(
        String chargePointId, String registryId, String organizationId, String stationId, String ocppVersion) {}
