package io.evzone.station.reports.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One report a charger made about itself, as its history keeps it.
 *
 * @param action the OCPP action it came from
 * @param status the reported status or event type, or null
 * @param details the report's other fields, as text
 */
public record ChargerReport(
        UUID id,
        UUID chargePointId,
        ReportKind kind,
        String action,
        String status,
        Map<String, String> details,
        Instant reportedAt) {

    public ChargerReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reportedAt, "reportedAt");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
