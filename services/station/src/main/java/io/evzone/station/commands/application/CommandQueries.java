package io.evzone.station.commands.application;

import io.evzone.station.commands.domain.ChargePointCommand;
import io.evzone.station.commands.domain.ChargePointCommands;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads commands and their outcomes within the caller's organization. */
@Service
public class CommandQueries {

    private final ChargePointCommands commands;

    public CommandQueries(ChargePointCommands commands) {
        this.commands = commands;
    }

    public ChargePointCommand get(UUID id, OrganizationScope scope) {
        return commands.byId(id, scope).orElseThrow(() -> DomainException.notFound("Command", id));
    }

    public List<ChargePointCommand> list(OrganizationScope scope, UUID chargePointId, int limit, int offset) {
        return commands.list(scope, chargePointId, limit, offset);
    }
}
