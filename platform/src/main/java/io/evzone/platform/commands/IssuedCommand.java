package io.evzone.platform.commands;

import io.evzone.contracts.charger.CommandStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A command a service sent to a charger, and its outcome once one arrived.
 *
 * @param ocppId the charger's OCPP identity
 * @param subject what the command is about in the issuing service (the station's charge point id, the session's id);
 *     null when nothing
 * @param operation the operation's name ({@code remote-stop})
 * @param command the command's fields as sent (secrets hidden)
 * @param response the charger's answer payload (or the reason), null until completed
 */
public record IssuedCommand(
        UUID id,
        String ocppId,
        String organizationId,
        String subject,
        String operation,
        Map<String, Object> command,
        String requestedBy,
        CommandStatus status,
        Map<String, Object> response,
        Instant requestedAt,
        Instant deadline,
        Instant completedAt) {

    public boolean finished() {
        return status.isFinal();
    }
}
