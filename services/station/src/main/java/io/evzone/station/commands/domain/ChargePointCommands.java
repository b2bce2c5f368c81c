package io.evzone.station.commands.domain;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.station.shared.domain.OrganizationScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Repository port of the commands operators sent through this service. */
public interface ChargePointCommands {

    void insert(ChargePointCommand command);

    /** Within the scope: a command on another organization's charger does not exist for the caller. */
    Optional<ChargePointCommand> byId(UUID id, OrganizationScope scope);

    /** Newest first; {@code chargePointId} null: every charge point in scope. */
    List<ChargePointCommand> list(OrganizationScope scope, UUID chargePointId, int limit, int offset);

    /** @return false when the command is not one of ours or already had its outcome */
    boolean complete(UUID id, CommandStatus status, Map<String, Object> response, Instant completedAt);

    /**
     * Deletes at most {@code limit} commands that have their outcome and were requested more than {@code retention}
     * ago; commands still waiting for one are kept.
     *
     * @return how many were deleted
     */
    int deleteFinishedOlderThan(Duration retention, int limit);
}
