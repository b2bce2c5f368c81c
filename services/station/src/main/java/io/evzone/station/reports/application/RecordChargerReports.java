package io.evzone.station.reports.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.charger.ChargerNotification;
import io.evzone.contracts.charger.DeviceModelReported;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.reports.config.ChargerReportProperties;
import io.evzone.station.reports.domain.ChargerReport;
import io.evzone.station.reports.domain.ChargerReports;
import io.evzone.station.reports.domain.DeviceModels;
import io.evzone.station.reports.domain.DeviceVariable;
import io.evzone.station.reports.domain.ReportKind;
import io.evzone.station.shared.domain.OrganizationScope;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Keeps what chargers report about themselves: status reports in their charger's bounded histories, configuration in
 * its device model. Reports of chargers the registry does not know are dropped.
 */
@Service
public class RecordChargerReports {

    private final ChargePoints chargePoints;
    private final ChargerReports reports;
    private final DeviceModels deviceModels;
    private final ChargerReportProperties properties;

    public RecordChargerReports(
            ChargePoints chargePoints,
            ChargerReports reports,
            DeviceModels deviceModels,
            ChargerReportProperties properties) {
        this.chargePoints = chargePoints;
        this.reports = reports;
        this.deviceModels = deviceModels;
        this.properties = properties;
    }

    /** In the consumer's transaction; a notification of no kept kind (DataTransfer, ...) is skipped. */
    public void notification(ChargerNotification notification) {
        ReportKind.ofAction(notification.action())
                .ifPresent(kind -> chargePoint(notification.ocppId())
                        .ifPresent(chargePoint -> reports.add(
                                new ChargerReport(
                                        TimeOrderedIds.next(),
                                        chargePoint.id(),
                                        kind,
                                        notification.action(),
                                        notification.status(),
                                        notification.details(),
                                        notification.reportedAt() == null ? Instant.now() : notification.reportedAt()),
                                properties.maxPerCharger())));
    }

    public void deviceModel(DeviceModelReported report) {
        Instant at = report.reportedAt() == null ? Instant.now() : report.reportedAt();
        chargePoint(report.ocppId())
                .ifPresent(chargePoint -> deviceModels.report(
                        chargePoint.id(),
                        report.variables().stream()
                                .filter(v -> v.variable() != null)
                                .map(v -> new DeviceVariable(
                                        v.component(),
                                        v.componentInstance(),
                                        v.evseId() == null ? 0 : v.evseId(),
                                        v.connectorId() == null ? 0 : v.connectorId(),
                                        v.variable(),
                                        v.variableInstance(),
                                        v.attributeType(),
                                        v.value(),
                                        v.mutability(),
                                        v.dataType(),
                                        v.unit(),
                                        at))
                                .toList()));
    }

    /** A 1.6 charger's configuration keys, from its answer to one of this service's commands. */
    public void configuration(UUID chargePointId, Collection<DeviceVariable> keys) {
        // The charge point may have been deleted while its command was under way.
        if (!keys.isEmpty()
                && chargePoints
                        .byId(chargePointId, OrganizationScope.platform())
                        .isPresent()) {
            deviceModels.report(chargePointId, keys);
        }
    }

    private Optional<ChargePoint> chargePoint(String ocppId) {
        return ocppId == null ? Optional.empty() : chargePoints.byOcppId(ocppId, OrganizationScope.platform());
    }
}
