package io.evzone.station.chargepoints.web;

import io.evzone.station.chargepoints.application.ChargePointQueries.ChargePointView;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.shared.domain.ConnectorState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A charge point as the web clients read it. {@code manufacturer} and {@code vendor} carry the same
 * value (clients send {@code manufacturer}, OCPP calls it the vendor). {@code ocppCredentials} only
 * appears in the answer that issued them.
 *
 * @param status one status for the charge point ({@link ConnectorState#chargePointStatus}): OFFLINE,
 *     FAULTED, CHARGING, AVAILABLE, RESERVED, UNAVAILABLE or ONLINE (no connector reported yet)
 * @param reportedStatus what the charger reported for itself (OCPP 1.6 connector 0), or null
 * @param lastHeartbeatAt the last Heartbeat; {@code lastSeenAt} is the last message of any kind
 */
record ChargePointResponse(
        UUID id,
        String ocppId,
        String organizationId,
        UUID stationId,
        boolean unassigned,
        String manufacturer,
        String vendor,
        String model,
        String serialNumber,
        String firmwareVersion,
        String ocppVersion,
        int authProfile,
        String registrationStatus,
        String provisionedBy,
        boolean online,
        String status,
        Instant lastBootAt,
        Instant lastHeartbeatAt,
        Instant lastSeenAt,
        Integer heartbeatIntervalSeconds,
        String reportedStatus,
        List<ConnectorResponse> connectors,
        Instant createdAt,
        Instant updatedAt,
        OcppCredentials ocppCredentials) {

    /**
     * The one-time connection details of a charger: the password is shown here once and stored only
     * as a hash. {@code password} is null for security profile 3 (client certificates).
     *
     * @param rotationCommandId when a rotation sends the password to the charger, the command that does
     *     ({@code GET /api/v1/commands/{id}}); the old password stays valid until the charger connects with the
     *     new one. Null when the password is in force at once.
     */
    record OcppCredentials(
            String username,
            String password,
            String wsUrl,
            String subprotocol,
            int authProfile,
            UUID rotationCommandId) {

        @Override
        public String toString() {
            return "OcppCredentials[username=" + username + ", authProfile=" + authProfile + "]";
        }
    }

    static ChargePointResponse of(ChargePointView view) {
        return of(view.chargePoint(), view.connectors(), null);
    }

    static ChargePointResponse of(ChargePoint cp, List<Connector> connectors, OcppCredentials credentials) {
        return new ChargePointResponse(
                cp.id(),
                cp.ocppId(),
                cp.organizationId(),
                cp.stationId(),
                cp.isUnassigned(),
                cp.hardware().vendor(),
                cp.hardware().vendor(),
                cp.hardware().model(),
                cp.hardware().serialNumber(),
                cp.hardware().firmwareVersion(),
                cp.ocppVersion().label(),
                cp.securityProfile(),
                cp.registration().name(),
                cp.provisionedBy().name(),
                cp.presence().online(),
                ConnectorState.chargePointStatus(
                        cp.presence().online(),
                        connectors.stream().map(c -> c.stateIn(cp)).toList()),
                cp.presence().lastBootAt(),
                cp.presence().lastHeartbeatAt(),
                cp.presence().lastSeenAt(),
                cp.presence().heartbeatIntervalSeconds(),
                cp.reportedStatus() == null ? null : cp.reportedStatus().name(),
                connectors.stream().map(c -> ConnectorResponse.of(c, cp)).toList(),
                cp.createdAt(),
                cp.updatedAt(),
                credentials);
    }

    /**
     * @param status the connector's status as every view shows it ({@link ConnectorState#shownStatus})
     * @param reportedStatus the last status the charger reported for it, or null before the first report
     */
    record ConnectorResponse(
            UUID id,
            int evseId,
            int connectorId,
            String type,
            String powerType,
            BigDecimal maxPowerKw,
            String status,
            String reportedStatus,
            String errorCode,
            String vendorErrorCode,
            String info,
            Instant statusChangedAt) {

        static ConnectorResponse of(Connector c, ChargePoint cp) {
            return new ConnectorResponse(
                    c.id(),
                    c.evseId(),
                    c.connectorId(),
                    c.type() == null ? null : c.type().label(),
                    c.powerType() == null ? null : c.powerType().name(),
                    c.maxPowerKw(),
                    c.stateIn(cp).shownStatus(),
                    c.status() == null ? null : c.status().name(),
                    c.errorCode(),
                    c.vendorErrorCode(),
                    c.info(),
                    c.statusChangedAt());
        }
    }
}
