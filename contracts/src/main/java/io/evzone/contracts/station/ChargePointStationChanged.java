package io.evzone.contracts.station;

import java.time.Instant;

/**
 * An operator placed a charge point at a station, moved it to another one, or took it off its
 * station. Consumers that attribute charging to stations (sessions, analytics) learn the assignment
 * from this event and from {@link ChargePointProvisioned}.
 *
 * @param stationId the station it is at from now on; null when it was taken off its station
 * @param previousStationId the station it was at before; null when it was unassigned
 * @param changedAt when the assignment changed (newer facts win)
 */
public record ChargePointStationChanged(
        String chargePointId,
        String ocppId,
        String organizationId,
        String stationId,
        String previousStationId,
        Instant changedAt) {}
