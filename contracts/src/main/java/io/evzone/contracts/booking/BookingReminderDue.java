package io.evzone.contracts.booking;

import java.time.Instant;

/**
 * A confirmed booking's slot starts soon: the driver should be reminded. Published once per booking, at
 * {@code slotStart} minus the reminder lead the booking service is configured with.
 *
 * @param minutesBefore how long before {@code slotStart} the reminder was due
 */
public record BookingReminderDue(
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
        int minutesBefore,
        Instant dueAt) {}
