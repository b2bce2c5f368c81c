package io.evzone.billing.pricing.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A station as billing needs it to choose a tariff and read its local time.
 *
 * @param timeZone the station's own zone, or null when the station service gave none
 */
public record BillingStation(
        String stationId, String organizationId, String siteId, ZoneId timeZone, Instant changedAt) {

    /** The zone an event names, or null when it names none or none that this JVM knows. */
    public static ZoneId zoneOf(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
