package io.evzone.contracts.charger;

import io.evzone.contracts.charger.command.ChargerCommand;
import java.time.Instant;
import java.util.Objects;

/**
 * A command for a charger, on {@code ocpp.commands.v1}, keyed by the charger's OCPP id. The gateway node that holds
 * the charger's connection translates it to the charger's OCPP version, sends it, and reports the outcome as a
 * {@link CommandCompleted} on {@code ocpp.command-results.v1}.
 *
 * @param ocppId the charger's OCPP identity (as everywhere in this package)
 * @param command the operation; on the wire its {@code operation} property names the record ({@code remote-stop})
 * @param requestedBy the user id (or service name) that asked
 * @param deadline after this the command is reported TIMED_OUT
 */
public record CommandRequested(
        String commandId,
        String ocppId,
        ChargerCommand command,
        String requestedBy,
        Instant requestedAt,
        Instant deadline) {

    public CommandRequested {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(ocppId, "ocppId");
        Objects.requireNonNull(command, "command");
    }

    /** The operation's name, as the command log shows it. */
    public String operation() {
        return command.operation();
    }
}
