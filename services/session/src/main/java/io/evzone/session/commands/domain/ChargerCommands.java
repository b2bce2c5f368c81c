package io.evzone.session.commands.domain;

import io.evzone.contracts.charger.CommandStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The repository of commands this service issued. */
public interface ChargerCommands {

    void insert(ChargerCommand command);

    Optional<ChargerCommand> byId(UUID id);

    /** @return false when the command is not one of ours or already had a final outcome */
    boolean complete(UUID id, CommandStatus status, Map<String, Object> response, Instant completedAt);

    /**
     * Deletes at most {@code limit} commands that have their outcome and were requested more than {@code retention}
     * ago; commands still waiting for one are kept.
     *
     * @return how many were deleted
     */
    int deleteFinishedOlderThan(Duration retention, int limit);
}
