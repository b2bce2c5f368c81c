package io.evzone.gateway.command;

import io.evzone.contracts.charger.command.ChargerCommand;
import java.time.Instant;

/**
 * A command handed from the node that took it to the node that holds the charger, on the gateway's
 * internal topic {@value CommandRouter#ROUTED_TOPIC}.
 */
public record RoutedCommand(
        String targetNode, String commandId, String chargePointId, ChargerCommand command, Instant deadline) {}
