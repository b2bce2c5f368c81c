package io.evzone.contracts.charger;

import java.time.Instant;
import java.util.Map;

/**
 * The outcome of a {@link CommandRequested}.
 *
 * @param action the operation ({@code remote-stop}, {@code raw-ocpp}, ...)
 * @param status a final {@link CommandStatus}: ACCEPTED or REJECTED from the charger's answer; FAILED for a CALLERROR;
 *     NOT_SUPPORTED; TIMED_OUT; OFFLINE when no gateway node holds the charger
 * @param response the charger's answer payload (or the CALLERROR code and description)
 */
public record CommandCompleted(
        String commandId,
        String ocppId,
        String action,
        CommandStatus status,
        Map<String, Object> response,
        Instant completedAt) {}
