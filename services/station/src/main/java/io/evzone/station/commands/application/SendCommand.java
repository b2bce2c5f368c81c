package io.evzone.station.commands.application;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.platform.commands.IssueCommand;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Connectors;
import io.evzone.station.commands.domain.CommandTarget;
import io.evzone.station.commands.domain.IdTokenTypes;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an operator's command to a charge point of the caller's organization through the platform's command path:
 * recorded, published for the gateway, its outcome applied when the gateway reports it.
 */
@Service
public class SendCommand {

    private final ChargePoints chargePoints;
    private final Connectors connectors;
    private final IssueCommand issue;
    private final IdTokenTypes tokenTypes;

    public SendCommand(ChargePoints chargePoints, Connectors connectors, IssueCommand issue, IdTokenTypes tokenTypes) {
        this.chargePoints = chargePoints;
        this.connectors = connectors;
        this.issue = issue;
        this.tokenTypes = tokenTypes;
    }

    /** @param command the command for the charger, given its version and connectors */
    public record Request(
            UUID chargePointId,
            Function<CommandTarget, ChargerCommand> command,
            OrganizationScope scope,
            String requestedBy) {}

    @Transactional
    public IssuedCommand handle(Request request) {
        ChargePoint chargePoint = chargePoints
                .byId(request.chargePointId(), request.scope())
                .orElseThrow(() -> DomainException.notFound("Charge point", request.chargePointId()));
        var target = new CommandTarget(chargePoint.ocppVersion(), connectors.of(chargePoint.id()), tokenTypes);
        return issue.handle(new IssueCommand.Request(
                chargePoint.ocppId(),
                chargePoint.organizationId(),
                chargePoint.id().toString(),
                request.command().apply(target),
                request.requestedBy()));
    }
}
