/**
 * Events the station service publishes on {@code station.events.v1} (besides
 * {@link io.evzone.contracts.charger.ChargerRegistered}): the charger registry and the live status of
 * connectors as operators and drivers see them.
 *
 * <p>Identifiers: {@code chargePointId}, {@code stationId} and {@code connectorRef} are the station
 * service's ids (UUIDs, as in its REST API); {@code ocppId} is the charger's OCPP identity (the same name
 * as in {@code io.evzone.contracts.charger}). Charger-related events are keyed
 * by the OCPP identity, so they stay in order with the gateway's events; station events by the
 * station id. {@code organizationId} is null for a charger no organization has claimed yet.
 */
package io.evzone.contracts.station;
