package io.evzone.gateway.command;

import java.time.Instant;
import java.util.Map;

/**
 * A command handed from the node that took it to the node that holds the charger, on the gateway's
 * internal topic {@value CommandRouter#ROUTED_TOPIC}.
 */
public record RoutedCommand(
        String targetNode,
        String commandId,
        String chargePointId,
        String action,
        Map<String, Object> parameters,
        Instant deadline) {}
