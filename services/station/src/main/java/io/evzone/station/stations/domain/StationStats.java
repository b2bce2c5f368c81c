package io.evzone.station.stations.domain;

import io.evzone.station.shared.domain.Availability;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A station's equipment and live state at a glance. Session, energy and revenue figures are the
 * session and analytics services'.
 *
 * @param connectorStatuses how many connectors last reported each status ({@code UNKNOWN}: never)
 * @param lastStatusChangeAt the latest connector status change, or null
 */
public record StationStats(
        UUID stationId,
        int chargePoints,
        int onlineChargePoints,
        Availability availability,
        Map<String, Integer> connectorStatuses,
        Instant lastStatusChangeAt) {}
