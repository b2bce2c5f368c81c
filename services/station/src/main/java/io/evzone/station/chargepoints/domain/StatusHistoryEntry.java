package io.evzone.station.chargepoints.domain;

import io.evzone.contracts.charger.ConnectorStatus;
import java.time.Instant;

/** One status report of a connector, as kept in its history. */
public record StatusHistoryEntry(
        ConnectorStatus status,
        String errorCode,
        String vendorErrorCode,
        String info,
        Instant reportedAt,
        Instant recordedAt) {}
