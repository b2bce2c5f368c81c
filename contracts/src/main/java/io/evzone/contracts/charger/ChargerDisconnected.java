package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * A charger's connection ended.
 *
 * @param reason why, for operators: {@code closed by charger}, {@code ping timeout}, {@code replaced by a new connection}...
 * @param connectedAt when the connection that ended had opened (null from gateways before this field): a connection
 *     that a newer one replaced, on this node or another, may end after the newer one opened
 */
public record ChargerDisconnected(
        String ocppId, String gatewayNode, String reason, Instant disconnectedAt, Instant connectedAt) {}
