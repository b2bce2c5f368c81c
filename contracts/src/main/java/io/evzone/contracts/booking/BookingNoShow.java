package io.evzone.contracts.booking;

import java.time.Instant;

/**
 * The driver did not start charging within the grace period of a confirmed booking; the connector was released.
 *
 * @param fee the no-show fee kept, in minor units of {@code currency}; 0 when none
 * @param currency ISO 4217 code of {@code fee}, or null when there is none
 */
public record BookingNoShow(
        String bookingId,
        String userId,
        String organizationId,
        String stationId,
        String stationName,
        String chargePointId,
        String ocppId,
        int connectorId,
        Instant slotStart,
        String timeZone,
        long fee,
        String currency,
        Instant releasedAt) {}
