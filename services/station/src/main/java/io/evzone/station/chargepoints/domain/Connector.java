package io.evzone.station.chargepoints.domain;

import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.shared.domain.ConnectorState;
import io.evzone.station.shared.domain.ConnectorType;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.PowerType;
import io.evzone.station.shared.domain.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One plug of a charge point, addressed as OCPP does: EVSE number and connector number within it
 * (for OCPP 1.6 both are the 1.6 connector id). Type and power are unknown for a connector first
 * learnt from a status report until an operator fills them in.
 *
 * @param status the last reported status, or null before the first report
 */
public record Connector(
        UUID id,
        UUID chargePointId,
        int evseId,
        int connectorId,
        ConnectorType type,
        PowerType powerType,
        BigDecimal maxPowerKw,
        ConnectorStatus status,
        String errorCode,
        String vendorErrorCode,
        String info,
        Instant statusChangedAt,
        Instant createdAt) {

    public Connector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (evseId < 1) {
            throw DomainException.invalid("evseId: must be at least 1");
        }
        if (connectorId < 1) {
            throw DomainException.invalid("connectorId: must be at least 1");
        }
        if (maxPowerKw != null && (maxPowerKw.signum() <= 0 || maxPowerKw.compareTo(BigDecimal.valueOf(2000)) > 0)) {
            throw DomainException.invalid("maxPowerKw: must be more than 0 and at most 2000");
        }
        errorCode = Text.optional("errorCode", errorCode, 50);
        vendorErrorCode = Text.optional("vendorErrorCode", vendorErrorCode, 255);
        info = Text.optional("info", info, 500);
    }

    /** A connector an operator declares. */
    public static Connector declared(
            UUID id,
            UUID chargePointId,
            int evseId,
            int connectorId,
            ConnectorType type,
            PowerType powerType,
            BigDecimal maxPowerKw,
            Instant now) {
        return new Connector(
                id, chargePointId, evseId, connectorId, type, powerType, maxPowerKw, null, null, null, null, null, now);
    }

    /** A connector first learnt from a status report. */
    public static Connector discovered(UUID id, UUID chargePointId, int evseId, int connectorId, Instant now) {
        return declared(id, chargePointId, evseId, connectorId, null, null, null, now);
    }

    /** The connector after a status report, and what the report changed. */
    public Reported report(StatusReport report) {
        if (statusChangedAt != null && report.reportedAt().isBefore(statusChangedAt)) {
            return new Reported(this, status, Reported.Outcome.STALE);
        }
        Connector updated = new Connector(
                id,
                chargePointId,
                evseId,
                connectorId,
                type,
                powerType,
                maxPowerKw,
                report.status(),
                report.errorCode(),
                report.vendorErrorCode(),
                report.info(),
                report.reportedAt(),
                createdAt);
        if (report.status() == status) {
            return new Reported(updated, status, Reported.Outcome.UNCHANGED);
        }
        Reported.Outcome outcome =
                report.status() == ConnectorStatus.FAULTED ? Reported.Outcome.FAULTED : Reported.Outcome.CHANGED;
        return new Reported(updated, status, outcome);
    }

    /** What decides how every view shows this connector of {@code chargePoint}. */
    public ConnectorState stateIn(ChargePoint chargePoint) {
        return new ConnectorState(
                chargePoint.presence().online(),
                chargePoint.registration() == RegistrationStatus.ACCEPTED,
                chargePoint.reportedStatus(),
                status);
    }

    /** The connector with the operator's description of the hardware; null fields keep their value. */
    public Connector describe(ConnectorType newType, PowerType newPowerType, BigDecimal newMaxPowerKw) {
        return new Connector(
                id,
                chargePointId,
                evseId,
                connectorId,
                Text.orElse(newType, type),
                Text.orElse(newPowerType, powerType),
                Text.orElse(newMaxPowerKw, maxPowerKw),
                status,
                errorCode,
                vendorErrorCode,
                info,
                statusChangedAt,
                createdAt);
    }

    /** A status as the charger reported it. */
    public record StatusReport(
            ConnectorStatus status, String errorCode, String vendorErrorCode, String info, Instant reportedAt) {

        public StatusReport {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reportedAt, "reportedAt");
            // OCPP 1.6 §7.6: "NoError" is the error code of a healthy connector; keep only real errors.
            errorCode = "NoError".equals(errorCode) ? null : errorCode;
        }
    }

    /**
     * @param outcome STALE: older than the current status, ignored (history keeps it); UNCHANGED: same
     *     status again; CHANGED; FAULTED: changed to FAULTED
     */
    public record Reported(Connector connector, ConnectorStatus previous, Outcome outcome) {

        public enum Outcome {
            STALE,
            UNCHANGED,
            CHANGED,
            FAULTED
        }

        public boolean changed() {
            return outcome == Outcome.CHANGED || outcome == Outcome.FAULTED;
        }
    }
}
