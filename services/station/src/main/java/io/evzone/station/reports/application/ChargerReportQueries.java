package io.evzone.station.reports.application;

import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.reports.domain.ChargerReport;
import io.evzone.station.reports.domain.ChargerReports;
import io.evzone.station.reports.domain.DeviceModels;
import io.evzone.station.reports.domain.DeviceVariable;
import io.evzone.station.reports.domain.ReportKind;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a charge point's device model and report histories, for callers whose organization holds it. */
@Service
@Transactional(readOnly = true)
public class ChargerReportQueries {

    private final ChargePoints chargePoints;
    private final ChargerReports reports;
    private final DeviceModels deviceModels;

    public ChargerReportQueries(ChargePoints chargePoints, ChargerReports reports, DeviceModels deviceModels) {
        this.chargePoints = chargePoints;
        this.reports = reports;
        this.deviceModels = deviceModels;
    }

    /** @param component only this component's variables, or null for all */
    public List<DeviceVariable> deviceModel(
            UUID chargePointId, String component, OrganizationScope scope, int limit, int offset) {
        visible(chargePointId, scope);
        return deviceModels.of(chargePointId, component, limit, offset);
    }

    public List<ChargerReport> history(
            UUID chargePointId, ReportKind kind, OrganizationScope scope, int limit, int offset) {
        visible(chargePointId, scope);
        return reports.of(chargePointId, kind, limit, offset);
    }

    private void visible(UUID chargePointId, OrganizationScope scope) {
        if (chargePoints.byId(chargePointId, scope).isEmpty()) {
            throw DomainException.notFound("Charge point", chargePointId);
        }
    }
}
