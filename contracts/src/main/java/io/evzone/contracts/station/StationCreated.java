package io.evzone.contracts.station;

import java.time.Instant;

/**
 * A station (a location drivers see) was created.
 *
 * @param timeZone the station's IANA time zone (tariff bands are read in it), or null when not given
 */
public record StationCreated(
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
    public StationCreated(
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
