package io.evzone.contracts.station;

import java.time.Instant;

/** A station's details changed; the record carries them as they are now. */
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
        Instant at) {}
