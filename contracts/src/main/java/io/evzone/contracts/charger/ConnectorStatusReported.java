package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * A connector (or, with evseId 0 and connectorId 0 in 1.6, the whole charger) reported a status.
 *
 * @param evseId the EVSE (2.0.1); for 1.6 the connector id, since a 1.6 connector is its own EVSE
 * @param connectorId the connector within the EVSE (2.0.1); for 1.6 the connector id
 * @param errorCode 1.6's errorCode (NoError when fine); null for 2.0.1
 */
public record ConnectorStatusReported(
        String ocppId,
        int evseId,
        int connectorId,
        ConnectorStatus status,
        String errorCode,
        String vendorErrorCode,
        String info,
        Instant reportedAt) {}
