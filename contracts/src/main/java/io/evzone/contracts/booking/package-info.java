/**
 * Events the booking service publishes on {@link io.evzone.contracts.Topics#BOOKING_EVENTS}
 * ({@code booking.events.v1}), keyed by the booking id so one booking's events stay in order. A
 * booking holds one connector of a charge point for a driver during a slot. The notification
 * service tells the driver about each of them; the booking service is their only producer.
 *
 * <p>Ids: {@code chargePointId} is the station service's UUID, {@code ocppId} the OCPP identity.
 * Times are instants; {@code timeZone} (IANA id of the station) is where a message shows them.
 * Money is an integer amount of minor units of the ISO 4217 {@code currency}.
 */
package io.evzone.contracts.booking;
