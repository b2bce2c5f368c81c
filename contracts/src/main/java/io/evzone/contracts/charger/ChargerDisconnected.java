package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * A charger's connection ended.
 *
 * @param reason why, for operators: {@code closed by charger}, {@code ping timeout}, {@code replaced by a new connection}...
 */
public record ChargerDisconnected(String chargePointId, String gatewayNode, String reason, Instant disconnectedAt) {}
