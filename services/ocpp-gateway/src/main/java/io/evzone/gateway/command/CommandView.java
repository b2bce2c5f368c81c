package io.evzone.gateway.command;

import io.evzone.contracts.charger.CommandStatus;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A command as the API shows it. */
public record CommandView(
        UUID id,
        String ocppId,
        String action,
        String ocppAction,
        CommandStatus status,
        JsonNode parameters,
        JsonNode response,
        String requestedBy,
        String gatewayNode,
        Instant createdAt,
        Instant updatedAt) {}
