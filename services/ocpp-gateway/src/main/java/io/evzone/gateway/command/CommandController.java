package io.evzone.gateway.command;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.RawOcpp;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.presence.ChargerSessions;
import io.evzone.gateway.rpc.Dialects;
import io.evzone.gateway.rpc.InvalidCommandException;
import io.evzone.gateway.rpc.OcppDialect;
import io.evzone.gateway.transport.ChargePointIds;
import io.evzone.platform.commands.CommandBodies;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own command API, for platform administrators only, under {@code /api/v1/ocpp}: a raw OCPP CALL of the
 * charger's version, or any version-neutral operation, answered with the charger's answer (409 when no node holds it,
 * 504 when it does not answer in time). Operators command chargers through the station service, which owns
 * {@code /api/v1/charge-points/{id}/commands/*} and {@code /api/v1/commands}.
 */
@RestController
@RequestMapping("/api/v1/ocpp")
@PreAuthorize("hasAuthority('platform.admin')")
@Tag(name = "OCPP administration", description = "Raw OCPP calls and the gateway's command log; platform.admin only.")
public class CommandController {

    private final CommandRouter router;
    private final JdbcCommands commands;
    private final Dialects dialects;
    private final ChargerSessions sessions;
    private final GatewayProperties properties;
    private final CommandBodies bodies;
    private final JsonMapper json;

    public CommandController(
            CommandRouter router,
            JdbcCommands commands,
            Dialects dialects,
            ChargerSessions sessions,
            GatewayProperties properties,
            JsonMapper json) {
        this.router = router;
        this.commands = commands;
        this.dialects = dialects;
        this.sessions = sessions;
        this.properties = properties;
        this.bodies = new CommandBodies(json);
        this.json = json;
    }

    @PostMapping("/charge-points/{ocppId}/calls/{action}")
    @Operation(
            summary = "Send a raw OCPP CALL",
            description = "action is an OCPP action of the charger's version (GetConfiguration, Reset, ...); the body"
                    + " is its payload, checked against the official schema.")
    @ApiResponse(responseCode = "200", description = "The command with the charger's answer")
    @ApiResponse(responseCode = "400", description = "Not an action of the charger's version, or the schema refuses it")
    @ApiResponse(responseCode = "409", description = "No gateway node holds the charger")
    @ApiResponse(responseCode = "504", description = "The charger did not answer in time")
    public DeferredResult<CommandView> call(
            @PathVariable String ocppId, @PathVariable String action, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> payload = body == null || body.isNull()
                ? Map.of()
                : json.convertValue(body, new TypeReference<Map<String, Object>>() {});
        return send(ocppId, new RawOcpp(action, payload));
    }

    @PostMapping("/charge-points/{ocppId}/commands/{operation}")
    @Operation(
            summary = "Send a version-neutral command",
            description = "operation is one of the operations listed in docs/ocpp.md (reset, remote-stop, ...); the"
                    + " body its fields.")
    @ApiResponse(responseCode = "200", description = "The command with the charger's answer")
    @ApiResponse(responseCode = "400", description = "Unknown operation, or a field refused, named")
    @ApiResponse(responseCode = "409", description = "No gateway node holds the charger")
    @ApiResponse(responseCode = "504", description = "The charger did not answer in time")
    public DeferredResult<CommandView> command(
            @PathVariable String ocppId, @PathVariable String operation, @RequestBody(required = false) JsonNode body) {
        return send(ocppId, bodies.read(operation, body));
    }

    private DeferredResult<CommandView> send(String ocppId, ChargerCommand command) {
        if (!ChargePointIds.isValid(ocppId)) {
            throw ApiException.badRequest("ocppId: not a valid charge point id");
        }
        OcppDialect dialect = dialectOf(ocppId)
                .orElseThrow(() -> ApiException.conflict("Charge point " + ocppId + " is not connected"));
        try {
            dialect.translate(command);
        } catch (InvalidCommandException | IllegalArgumentException e) {
            throw ApiException.badRequest(String.valueOf(e.getMessage()));
        }
        UUID id = UUID.randomUUID();
        commands.insert(id, ocppId, command, Caller.current().userId());
        Duration wait = properties.callTimeout().plusSeconds(5);
        // The request thread is released while the charger answers: the gateway's few worker threads also carry
        // every charger's frames, so a burst of commands to slow chargers must not hold them.
        var result = new DeferredResult<CommandView>(wait.plusSeconds(5).toMillis());
        router.route(id, ocppId, command, wait).whenComplete((outcome, failure) -> {
            try {
                if (failure != null) {
                    result.setErrorResult(failure);
                } else {
                    result.setResult(answered(id, ocppId, outcome));
                }
            } catch (RuntimeException e) {
                result.setErrorResult(e);
            }
        });
        return result;
    }

    private CommandView answered(UUID id, String ocppId, CommandExecutor.Outcome outcome) {
        if (outcome.status() == CommandStatus.OFFLINE) {
            throw ApiException.conflict("Charge point " + ocppId + " is not connected");
        }
        if (outcome.status() == CommandStatus.TIMED_OUT) {
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT, "Charge point " + ocppId + " did not answer in time");
        }
        return commands.find(id).orElseThrow();
    }

    @GetMapping("/commands/{id}")
    @Operation(summary = "A command of the gateway's log and its outcome")
    @ApiResponse(responseCode = "404", description = "No such command")
    public CommandView find(@PathVariable UUID id) {
        return commands.find(id).orElseThrow(() -> ApiException.notFound("Command", id));
    }

    @GetMapping("/commands")
    @Operation(summary = "The gateway's command log, newest first")
    public List<CommandView> list(
            @RequestParam(required = false) String ocppId,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return commands.list(ocppId, Math.max(1, Math.min(limit, 200)), Math.max(0, offset));
    }

    private Optional<OcppDialect> dialectOf(String ocppId) {
        var local = sessions.find(ocppId);
        if (local.isPresent()) {
            return local.map(s -> s.dialect());
        }
        return router.locate(ocppId)
                .flatMap(location -> dialects.bySubprotocol(String.valueOf(location.subprotocol())));
    }
}
