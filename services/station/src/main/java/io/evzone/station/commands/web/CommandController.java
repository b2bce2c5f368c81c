package io.evzone.station.commands.web;

import io.evzone.platform.security.Caller;
import io.evzone.station.commands.application.CommandQueries;
import io.evzone.station.commands.application.SendCommand;
import io.evzone.station.commands.domain.ClientCommand;
import io.evzone.station.commands.domain.CommandInput;
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

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Charge point commands",
        description = "Operator commands to a charge point by its id: soft reset, reboot, remote start and stop,"
                + " unlock, firmware update, pause and resume. Answered at once with the queued command; its"
                + " outcome (the charger's answer) is read at /api/v1/commands/{id}. Sending needs"
                + " charge_points.command; scoped to the caller's organization.")
class CommandController {

    private static final String COMMANDS =
            "soft-reset, reboot, remote-start, remote-stop, unlock, update-firmware, pause, resume";

    private final SendCommand send;
    private final CommandQueries queries;

    CommandController(SendCommand send, CommandQueries queries) {
        this.send = send;
        this.queries = queries;
    }

    @PostMapping("/charge-points/{id}/commands/{command}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.COMMAND)
    @Operation(
            summary = "Send a command to a charge point",
            description = "Needs charge_points.command. command is one of " + COMMANDS + ". pause and resume"
                    + " change the availability (Inoperative / Operative) of the charger or of one connector."
                    + " The command is queued for the gateway; read its outcome at /api/v1/commands/{commandId}.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "400", description = "Unknown command, or a missing or invalid field, named")
    @ApiResponse(responseCode = "404", description = "No such charge point in the caller's organization")
    CommandResponse command(
            @PathVariable UUID id,
            @PathVariable @Parameter(description = COMMANDS) String command,
            @RequestBody(required = false) CommandInput body) {
        ClientCommand known = ClientCommand.byPathName(command)
                .orElseThrow(() -> DomainException.invalid("command: '" + command + "' is not one of " + COMMANDS));
        return queue(id, known, body);
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
        return queue(id, ClientCommand.REBOOT, null);
    }

    private CommandResponse queue(UUID id, ClientCommand command, CommandInput body) {
        var claims = Caller.current();
        CommandInput input = body == null ? CommandInput.NONE : body;
        return CommandResponse.of(
                send.handle(new SendCommand.Request(id, command, input, Scopes.of(claims), claims.userId())));
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
