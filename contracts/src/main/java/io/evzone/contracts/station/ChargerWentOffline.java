package io.evzone.contracts.station;

import java.time.Instant;

/**
 * A charger went offline.
 *
 * @param reason {@code disconnected: <the gateway's reason>}, or {@code silent} when it missed its heartbeats
 */
public record ChargerWentOffline(
        String chargePointId, String ocppId, String organizationId, String stationId, String reason, Instant at) {}
