package io.evzone.session.commands.domain;

import io.evzone.contracts.charger.CommandStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A command this service sent to a charger (remote start and stop, local list), and its outcome.
 *
 * @param sessionId the session a remote stop is about, or null
 * @param response the charger's answer payload once completed, or null
 */
public record ChargerCommand(
        UUID id,
        String chargePointId,
        String organizationId,
        String action,
        UUID sessionId,
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
