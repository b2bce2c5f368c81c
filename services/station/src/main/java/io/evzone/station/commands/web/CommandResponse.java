package io.evzone.station.commands.web;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.commands.IssuedCommand;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A command as the consoles read it: {@code commandId}, {@code status}, {@code requestedAt}, and what it was and how
 * the charger answered.
 *
 * @param command the operation ({@code reset}, {@code change-availability}, ...)
 * @param parameters the command's fields as sent to the gateway
 * @param status QUEUED until the gateway reports; then ACCEPTED or REJECTED (the charger's answer), FAILED (a
 *     CALLERROR, or values the charger's version cannot take), NOT_SUPPORTED (its OCPP version has no such
 *     operation), TIMED_OUT (no answer before the deadline) or OFFLINE (no gateway node holds it)
 */
record CommandResponse(
        UUID commandId,
        String chargePointId,
        String ocppId,
        String command,
        Map<String, Object> parameters,
        CommandStatus status,
        Map<String, Object> response,
        String requestedBy,
        Instant requestedAt,
        Instant deadline,
        Instant completedAt) {

    static CommandResponse of(IssuedCommand c) {
        return new CommandResponse(
                c.id(),
                c.subject(),
                c.ocppId(),
                c.operation(),
                c.command(),
                c.status(),
                c.response(),
                c.requestedBy(),
                c.requestedAt(),
                c.deadline(),
                c.completedAt());
    }
}
