package io.evzone.contracts.station;

import java.time.Instant;

/**
 * A station's details changed; the record carries them as they are now.
 *
 * @param timeZone the station's IANA time zone (tariff bands are read in it), or null when not given
 */
public record StationUpdated(
        String stationId,
        String organizationId,
        String siteId,
        String code,
        String name,
        String status,
        String type,
        double latitude,
        double longitude,
        Instant at,
        String timeZone) {

    /** Without a time zone: consumers read the station in their default zone. */
    public StationUpdated(
            String stationId,
            String organizationId,
            String siteId,
            String code,
            String name,
            String status,
            String type,
            double latitude,
            double longitude,
            Instant at) {
        this(stationId, organizationId, siteId, code, name, status, type, latitude, longitude, at, null);
    }
}
