package io.evzone.contracts.station;

import io.evzone.contracts.charger.ConnectorStatus;
import java.time.Instant;

/**
 * A connector's status changed, as the station service records it (reports that repeat the current
 * status raise nothing).
 *
 * @param connectorRef the station service's id of the connector
 * @param previousStatus null on the connector's first report
 */
public record ConnectorStatusChanged(
        String chargePointId,
        String ocppId,
        String organizationId,
        String stationId,
        String connectorRef,
        int evseId,
        int connectorId,
        ConnectorStatus previousStatus,
        ConnectorStatus status,
        String errorCode,
        String vendorErrorCode,
        Instant changedAt) {}
