package io.evzone.station.reports.web;

import io.evzone.station.reports.domain.ChargerReport;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One report of a charger's history.
 *
 * @param action the OCPP action it came from (FirmwareStatusNotification, SecurityEventNotification, ...)
 * @param status the reported status, or the security event's type
 * @param details the report's other fields as text (nested ones as JSON)
 */
record ChargerReportResponse(UUID id, String action, String status, Map<String, String> details, Instant reportedAt) {

    static ChargerReportResponse of(ChargerReport report) {
        return new ChargerReportResponse(
                report.id(), report.action(), report.status(), report.details(), report.reportedAt());
    }
}
