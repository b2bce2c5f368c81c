package io.evzone.contracts.booking;

import java.time.Instant;

/**
 * A booking was confirmed: the connector is held for the driver from {@code slotStart} to {@code slotEnd}.
 *
 * @param userId the driver who booked
 * @param organizationId the organization owning the charge point
 * @param stationName the station as drivers see it
 * @param connectorId the held connector, 1-based as on the charger
 * @param graceMinutes how long after {@code slotStart} the connector waits before the booking is a no-show
 * @param deposit amount held for the booking in minor units of {@code currency}; 0 when none
 * @param currency ISO 4217 code of {@code deposit}, or null when there is none
 */
public record BookingConfirmed(
        String bookingId,
        String userId,
        String organizationId,
        String stationId,
        String stationName,
        String chargePointId,
        String ocppId,
        int connectorId,
        Instant slotStart,
        Instant slotEnd,
        String timeZone,
        int graceMinutes,
        long deposit,
        String currency,
        Instant confirmedAt) {}
