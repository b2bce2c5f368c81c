package io.evzone.session.chargers.application;

/**
 * A charge point as the session service knows it from the station service's events.
 *
 * @param stationId null until the station service publishes it
 */
public record KnownCharger(String chargePointId, String organizationId, String stationId, String ocppVersion) {}
