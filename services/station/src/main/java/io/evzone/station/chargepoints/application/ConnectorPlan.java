package io.evzone.station.chargepoints.application;

import io.evzone.station.shared.domain.ConnectorType;
import io.evzone.station.shared.domain.PowerType;
import java.math.BigDecimal;

/**
 * A connector an operator declares. Without numbers, the n-th connector (from 1) becomes EVSE n with
 * connector 1 for OCPP 2.x, and EVSE n, connector n for OCPP 1.6, as the gateway reports 1.6 connector
 * ids in both fields.
 */
public record ConnectorPlan(
        ConnectorType type, PowerType powerType, BigDecimal maxPowerKw, Integer evseId, Integer connectorId) {}
