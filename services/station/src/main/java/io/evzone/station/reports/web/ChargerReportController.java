package io.evzone.station.reports.web;

import io.evzone.station.reports.application.ChargerReportQueries;
import io.evzone.station.reports.domain.ReportKind;
import io.evzone.station.shared.web.Authorities;
import io.evzone.station.shared.web.Paging;
import io.evzone.station.shared.web.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/charge-points/{id}")
@Tag(
        name = "Charger reports",
        description = "What a charger reported about itself: its device model (2.0.1 NotifyReport after"
                + " GetBaseReport or GetReport, 1.6 GetConfiguration answers), security events, firmware status,"
                + " diagnostics and log upload status, and 2.0.1 NotifyEvent. Histories are newest first and kept for"
                + " evzone.station.charger-reports.retention, up to max-per-charger each. Needs stations.read; scoped"
                + " to the caller's organization.")
class ChargerReportController {

    private static final String NOT_FOUND = "Unknown charge point, or another organization's";

    private final ChargerReportQueries queries;

    ChargerReportController(ChargerReportQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/device-model")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "A charger's device model: its latest reported configuration",
            description = "Needs stations.read. One entry per component, variable and attribute type, ordered by"
                    + " component and variable. A 1.6 charger's configuration keys have no component. Sent for with"
                    + " the commands get-report (GetBaseReport on 2.0.1) or get-configuration.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<DeviceVariableResponse> deviceModel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Parameter(description = "Only this component's variables (2.0.1)")
                    String component,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return queries.deviceModel(id, component, Scopes.current(), Paging.limit(limit), Paging.offset(offset)).stream()
                .map(DeviceVariableResponse::of)
                .toList();
    }

    @GetMapping("/security-events")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "A charger's security events, newest first",
            description = "Needs stations.read. SecurityEventNotification: status is the event type, details hold"
                    + " techInfo and the timestamp.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<ChargerReportResponse> securityEvents(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return history(id, ReportKind.SECURITY, limit, offset);
    }

    @GetMapping("/firmware-history")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "A charger's firmware status reports, newest first",
            description = "Needs stations.read. FirmwareStatusNotification (and its signed and publish variants).")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<ChargerReportResponse> firmwareHistory(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return history(id, ReportKind.FIRMWARE, limit, offset);
    }

    @GetMapping("/diagnostics-history")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "A charger's diagnostics and log upload status reports, newest first",
            description = "Needs stations.read. 1.6 DiagnosticsStatusNotification and LogStatusNotification.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<ChargerReportResponse> diagnosticsHistory(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return history(id, ReportKind.DIAGNOSTICS, limit, offset);
    }

    @GetMapping("/events")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "A charger's 2.0.1 NotifyEvent reports, newest first",
            description = "Needs stations.read. details.eventData holds the reported events as JSON.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<ChargerReportResponse> events(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return history(id, ReportKind.EVENT, limit, offset);
    }

    private List<ChargerReportResponse> history(UUID id, ReportKind kind, Integer limit, Integer offset) {
        return queries.history(id, kind, Scopes.current(), Paging.limit(limit), Paging.offset(offset)).stream()
                .map(ChargerReportResponse::of)
                .toList();
    }
}
