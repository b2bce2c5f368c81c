package io.evzone.station.commands.web;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.RawOcpp;
import io.evzone.platform.commands.CommandBodies;
import io.evzone.platform.security.Caller;
import io.evzone.station.commands.application.CommandQueries;
import io.evzone.station.commands.application.SendCommand;
import io.evzone.station.commands.domain.ClientCommand;
import io.evzone.station.commands.domain.CommandInput;
import io.evzone.station.commands.domain.CommandTarget;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.web.Authorities;
import io.evzone.station.shared.web.Paging;
import io.evzone.station.shared.web.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Charge point commands",
        description = "Operator commands to a charge point by its id: every CSMS operation (reset, remote start and"
                + " stop, availability, reservations, charging profiles, configuration, reports, local lists, logs,"
                + " firmware, display messages, certificates, ...) and the consoles' short names (soft-reset, reboot,"
                + " unlock, pause, resume). Answered at once with the queued command; its outcome (the charger's"
                + " answer) is read at /api/v1/commands/{id}. Sending needs charge_points.command; scoped to the"
                + " caller's organization.")
class CommandController {

    static final String CLIENT_COMMANDS =
            "soft-reset, reboot, remote-start, remote-stop, unlock, update-firmware, pause, resume";

    private final SendCommand send;
    private final CommandQueries queries;
    private final CommandBodies bodies;
    private final JsonMapper json;

    CommandController(SendCommand send, CommandQueries queries, JsonMapper json) {
        this.send = send;
        this.queries = queries;
        this.bodies = new CommandBodies(json);
        this.json = json;
    }

    @PostMapping("/charge-points/{id}/commands/{command}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.COMMAND)
    @Operation(
            summary = "Send a command to a charge point",
            description = "Needs charge_points.command. command is one of the consoles' names (" + CLIENT_COMMANDS
                    + "), whose body is {connectorId?, evseId?, idTag?, idTokenType?, transactionId?, location?,"
                    + " retrieveAt?, installAt?, retries?, retryIntervalSec?}, or any operation of docs/ocpp.md"
                    + " with its own body (see the per-operation paths). pause and resume change the availability of"
                    + " the charger, an EVSE or a connector; on an OCPP 2.0.1 charger a connector without its EVSE is"
                    + " resolved to the one EVSE that has it, or refused.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "400", description = "Unknown command, or a missing or invalid field, named")
    @ApiResponse(responseCode = "404", description = "No such charge point in the caller's organization")
    CommandResponse command(
            @PathVariable UUID id,
            @PathVariable @Parameter(description = "a console name or an operation") String command,
            @RequestBody(required = false) JsonNode body) {
        var client = ClientCommand.byPathName(command);
        if (client.isPresent()) {
            CommandInput input = body == null || body.isNull() ? CommandInput.NONE : input(body);
            return queue(id, target -> client.get().command(input, target));
        }
        ChargerCommand typed = bodies.read(command, body);
        if (typed instanceof RawOcpp) {
            throw DomainException.invalid("command: raw OCPP is for platform administrators, at the gateway's"
                    + " /api/v1/ocpp/charge-points/{ocppId}/calls/{action}");
        }
        return queue(id, target -> typed);
    }

    @PostMapping("/charge-points/{id}/reboot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.COMMAND)
    @Operation(
            summary = "Reboot a charge point",
            description = "Needs charge_points.command. A hard reset (OCPP 2.0.1: Immediate); the same as"
                    + " /commands/reboot.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "404", description = "No such charge point in the caller's organization")
    CommandResponse reboot(@PathVariable UUID id) {
        return queue(id, target -> ClientCommand.REBOOT.command(CommandInput.NONE, target));
    }

    private CommandResponse queue(UUID id, Function<CommandTarget, ChargerCommand> command) {
        var claims = Caller.current();
        return CommandResponse.of(
                send.handle(new SendCommand.Request(id, command, Scopes.of(claims), claims.userId())));
    }

    private CommandInput input(JsonNode body) {
        try {
            return json.treeToValue(body, CommandInput.class);
        } catch (tools.jackson.core.JacksonException e) {
            String field = e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown
                    ? unknown.getPropertyName() + ": not a field of this command"
                    : "body: not of the documented shape";
            throw DomainException.invalid(field);
        }
    }

    @GetMapping("/commands/{id}")
    @PreAuthorize(Authorities.READ_COMMANDS)
    @Operation(summary = "Get a command and its outcome", description = "Needs stations.read or charge_points.command.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "No such command in the caller's organization")
    CommandResponse get(@PathVariable UUID id) {
        return CommandResponse.of(queries.get(id, Scopes.current()));
    }

    @GetMapping("/commands")
    @PreAuthorize(Authorities.READ_COMMANDS)
    @Operation(summary = "List commands, newest first", description = "Needs stations.read or charge_points.command.")
    List<CommandResponse> list(
            @RequestParam(required = false) @Parameter(description = "Only this charge point's") UUID chargePointId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return queries.list(Scopes.current(), chargePointId, Paging.limit(limit), Paging.offset(offset)).stream()
                .map(CommandResponse::of)
                .toList();
    }
}
