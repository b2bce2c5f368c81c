package io.evzone.station.commands.web;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.station.commands.domain.ChargePointCommand;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A command as the consoles read it: {@code commandId}, {@code status}, {@code requestedAt}, and what it was and
 * how the charger answered.
 *
 * @param status QUEUED until the gateway reports; then ACCEPTED or REJECTED (the charger's answer), FAILED (it
 *     answered with a CALLERROR), TIMED_OUT (no answer before the deadline) or OFFLINE (no gateway node holds it)
 */
record CommandResponse(
        UUID commandId,
        UUID chargePointId,
        String ocppId,
        String command,
        String action,
        Map<String, Object> parameters,
        CommandStatus status,
        Map<String, Object> response,
        String requestedBy,
        Instant requestedAt,
        Instant deadline,
        Instant completedAt) {

    static CommandResponse of(ChargePointCommand c) {
        return new CommandResponse(
                c.id(),
                c.chargePointId(),
                c.ocppId(),
                c.command(),
                c.action(),
                c.parameters(),
                c.status(),
                c.response(),
                c.requestedBy(),
                c.requestedAt(),
                c.deadline(),
                c.completedAt());
    }
}
