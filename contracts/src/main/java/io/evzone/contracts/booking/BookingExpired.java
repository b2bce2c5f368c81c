package io.evzone.contracts.booking;

import java.time.Instant;

/**
 * A booking lapsed before it was confirmed (the deposit was not paid or the operator did not approve it in
 * time); the slot is free again and nothing was charged.
 *
 * @param reason {@code PAYMENT_TIMEOUT} or {@code NOT_APPROVED}
 */
public record BookingExpired(
        String bookingId,
        String userId,
        String organizationId,
        String stationId,
        String stationName,
        String chargePointId,
        Instant slotStart,
        Instant slotEnd,
        String timeZone,
        String reason,
        Instant expiredAt) {}
