/**
 * Events the maintenance service publishes on {@link io.evzone.contracts.Topics#MAINTENANCE_EVENTS}
 * ({@code maintenance.events.v1}), keyed by the incident id so one incident's events stay in order.
 * An incident is a fault of a station or charge point that an organization's technicians work on
 * under a service-level agreement (a response and a resolution deadline per severity). The
 * notification service tells the people named in each event; the maintenance service is their only
 * producer.
 *
 * <p>Ids: {@code chargePointId} is the station service's UUID (null when the incident concerns a whole
 * station), {@code ocppId} its OCPP identity. {@code severity} is {@code LOW}, {@code MEDIUM},
 * {@code HIGH} or {@code CRITICAL}.
 */
package io.evzone.contracts.maintenance;
