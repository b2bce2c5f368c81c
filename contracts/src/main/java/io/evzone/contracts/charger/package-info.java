/**
 * The version-neutral language in which the OCPP gateway and the domain services talk about
 * chargers. OCPP wire types never leave the gateway: it maps OCPP 1.6 and 2.0.1 messages to these
 * records (topic {@code ocpp.charger-events.v1}), asks the owning service questions that need
 * domain authority ({@code ocpp.requests.v1} / {@code ocpp.replies.v1}), and takes commands for
 * chargers ({@code ocpp.commands.v1} / {@code ocpp.command-results.v1}). Every record is keyed by
 * the charger's OCPP identity, named {@code ocppId} in every record of {@code io.evzone.contracts}; {@code
 * chargePointId} always means the station service's registry id (a UUID).
 */
package io.evzone.contracts.charger;
