package io.evzone.contracts.station;

import java.time.Instant;

/** A station was removed (only possible once it has no charge points). */
public record StationDeleted(String stationId, String organizationId, String code, Instant at) {}
