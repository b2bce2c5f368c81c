package io.evzone.station.chargepoints.application;

import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.chargepoints.domain.Connectors;
import io.evzone.station.shared.domain.ConnectorType;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.shared.domain.PowerType;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator fills in a connector's plug type and power, e.g. for one first learnt from a status report. */
@Service
public class DescribeConnector {

    private final ChargePoints chargePoints;
    private final Connectors connectors;

    public DescribeConnector(ChargePoints chargePoints, Connectors connectors) {
        this.chargePoints = chargePoints;
        this.connectors = connectors;
    }

    @Transactional
    public Connector handle(
            UUID id,
            UUID connectorId,
            ConnectorType type,
            PowerType powerType,
            BigDecimal maxPowerKw,
            OrganizationScope scope) {
        ChargePoint chargePoint =
                chargePoints.byId(id, scope).orElseThrow(() -> DomainException.notFound("Charge point", id));
        Connector connector = connectors
                .byId(chargePoint.id(), connectorId)
                .orElseThrow(() -> DomainException.notFound("Connector", connectorId));
        Connector described = connector.describe(type, powerType, maxPowerKw);
        connectors.update(described);
        return described;
    }
}
