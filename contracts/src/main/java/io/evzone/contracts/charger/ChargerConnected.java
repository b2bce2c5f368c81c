package io.evzone.contracts.charger;

import java.time.Instant;

/** A charger opened its WebSocket connection to a gateway node (after the security checks passed). */
public record ChargerConnected(
        String ocppId,
        OcppVersion ocppVersion,
        String gatewayNode,
        int securityProfile,
        String remoteAddress,
        Instant connectedAt) {}
