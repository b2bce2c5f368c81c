package io.evzone.contracts.station;

import java.time.Instant;

/** A station (a location drivers see) was created. */
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
        Instant at) {}
