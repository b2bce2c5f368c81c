package io.evzone.contracts.charger;

import java.time.Instant;
import java.util.Map;

/**
 * A command for a charger, on {@code ocpp.commands.v1}. The gateway node that holds the charger's
 * connection sends it in the charger's OCPP version and reports the outcome as a
 * {@link CommandCompleted} on {@code ocpp.command-results.v1}.
 *
 * @param action a version-neutral command name ({@link CommandAction}) or, for the generic command
 *     endpoint, an OCPP action name of the charger's version
 * @param parameters the command's fields; for version-neutral actions see {@link CommandAction}; for
 *     raw OCPP actions, the OCPP payload itself
 * @param requestedBy the user id (or service name) that asked
 * @param deadline after this the command is reported TIMED_OUT
 */
public record CommandRequested(
        String commandId,
        String chargePointId,
        String action,
        Map<String, Object> parameters,
        String requestedBy,
        Instant requestedAt,
        Instant deadline) {}
