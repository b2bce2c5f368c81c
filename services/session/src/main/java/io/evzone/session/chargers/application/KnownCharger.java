package io.evzone.session.chargers.application;

/**
 * A charge point as the session service knows it from the station service's events.
 *
 * @param stationId null while the charge point is at no station (or its station is not known yet)
 */
public record KnownCharger(String chargePointId, String organizationId, String stationId, String ocppVersion) {}
