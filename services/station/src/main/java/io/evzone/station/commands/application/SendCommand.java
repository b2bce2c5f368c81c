package io.evzone.station.commands.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandRequested;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.outbox.Outbox;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.commands.domain.ChargePointCommand;
import io.evzone.station.commands.domain.ChargePointCommands;
import io.evzone.station.commands.domain.ClientCommand;
import io.evzone.station.commands.domain.CommandInput;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an operator's command and hands it to the gateway on {@code ocpp.commands.v1} (outbox: both or
 * neither). The gateway node holding the charger sends it and reports the outcome, OFFLINE when no node does.
 */
@Service
public class SendCommand {

    private static final Logger log = LoggerFactory.getLogger(SendCommand.class);

    private final ChargePoints chargePoints;
    private final ChargePointCommands commands;
    private final Outbox outbox;
    private final ChargerProperties properties;
    private final Clock clock;

    public SendCommand(
            ChargePoints chargePoints,
            ChargePointCommands commands,
            Outbox outbox,
            ChargerProperties properties,
            Clock clock) {
        this.chargePoints = chargePoints;
        this.commands = commands;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    public record Request(
            UUID chargePointId,
            ClientCommand command,
            CommandInput input,
            OrganizationScope scope,
            String requestedBy) {}

    @Transactional
    public ChargePointCommand handle(Request request) {
        ChargePoint chargePoint = chargePoints
                .byId(request.chargePointId(), request.scope())
                .orElseThrow(() -> DomainException.notFound("Charge point", request.chargePointId()));
        Map<String, Object> parameters = request.command().parameters(request.input());
        // PostgreSQL keeps microseconds: the answer shows the times as they will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var command = new ChargePointCommand(
                TimeOrderedIds.next(),
                chargePoint.id(),
                chargePoint.ocppId(),
                chargePoint.organizationId(),
                request.command().pathName(),
                request.command().action().name(),
                parameters,
                request.requestedBy(),
                CommandStatus.QUEUED,
                null,
                now,
                now.plus(properties.commandTimeout()),
                null);
        commands.insert(command);
        outbox.append(
                Topics.OCPP_COMMANDS,
                command.ocppId(),
                new CommandRequested(
                        command.id().toString(),
                        command.ocppId(),
                        command.action(),
                        parameters,
                        command.requestedBy(),
                        command.requestedAt(),
                        command.deadline()));
        log.info(
                "Command {} {} for charger {} requested by {}",
                command.id(),
                command.command(),
                command.ocppId(),
                command.requestedBy());
        return command;
    }
}
