package io.evzone.station.commands.application;

import io.evzone.platform.commands.CommandQuery;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.platform.commands.IssuedCommands;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads commands and their outcomes within the caller's organization. */
@Service
public class CommandQueries {

    private final IssuedCommands commands;

    public CommandQueries(IssuedCommands commands) {
        this.commands = commands;
    }

    public IssuedCommand get(UUID id, OrganizationScope scope) {
        return commands.byId(id)
                .filter(command -> scope.includes(command.organizationId()))
                .orElseThrow(() -> DomainException.notFound("Command", id));
    }

    /** Newest first; {@code chargePointId} null: every charge point in scope. */
    public List<IssuedCommand> list(OrganizationScope scope, UUID chargePointId, int limit, int offset) {
        if (!scope.everything() && scope.organizationId() == null) {
            return List.of();
        }
        return commands.list(new CommandQuery(
                scope.everything() ? null : scope.organizationId(),
                chargePointId == null ? null : chargePointId.toString(),
                limit,
                offset));
    }
}
