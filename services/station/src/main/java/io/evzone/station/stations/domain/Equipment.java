package io.evzone.station.stations.domain;

import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.shared.domain.Availability;
import io.evzone.station.shared.domain.ConnectorState;
import io.evzone.station.shared.domain.ConnectorType;
import io.evzone.station.shared.domain.PowerType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The charge points and connectors at one station, with their live state. */
public record Equipment(List<ChargePointSummary> chargePoints) {

    public static final Equipment NONE = new Equipment(List.of());

    /**
     * @param chargerStatus the status the charger reported for itself (1.6 connector 0), or null
     */
    public record ChargePointSummary(
            UUID id,
            String ocppId,
            boolean online,
            RegistrationStatus registration,
            ConnectorStatus chargerStatus,
            List<ConnectorSummary> connectors) {

        public ConnectorState stateOf(ConnectorSummary connector) {
            return new ConnectorState(
                    online, registration == RegistrationStatus.ACCEPTED, chargerStatus, connector.status());
        }
    }

    /** @param status the last reported status, or null before the first report */
    public record ConnectorSummary(
            UUID id,
            int evseId,
            int connectorId,
            ConnectorType type,
            PowerType powerType,
            BigDecimal maxPowerKw,
            ConnectorStatus status) {}

    public Availability availability() {
        return Availability.of(chargePoints.stream()
                .flatMap(cp -> cp.connectors().stream().map(cp::stateOf))
                .toList());
    }
}
