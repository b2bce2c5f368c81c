package io.evzone.station.commands.domain;

import io.evzone.contracts.charger.CommandStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A command an operator sent to a charge point, and its outcome once the gateway reported one.
 *
 * @param command the operator's name for it ({@link ClientCommand#pathName()})
 * @param action the version-neutral action the gateway was asked to send
 * @param response the charger's answer payload (or the CALLERROR's code and description), null until completed
 */
public record ChargePointCommand(
        UUID id,
        UUID chargePointId,
        String ocppId,
        String organizationId,
        String command,
        String action,
        Map<String, Object> parameters,
        String requestedBy,
        CommandStatus status,
        Map<String, Object> response,
        Instant requestedAt,
        Instant deadline,
        Instant completedAt) {}
