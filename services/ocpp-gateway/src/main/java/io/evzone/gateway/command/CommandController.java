package io.evzone.gateway.command;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.connection.ChargePointIds;
import io.evzone.gateway.connection.ChargerSessions;
import io.evzone.gateway.connection.Dialects;
import io.evzone.gateway.connection.InvalidCommandException;
import io.evzone.gateway.connection.OcppDialect;
import io.evzone.gateway.registry.ChargerRecords;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import java.time.Duration;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.databind.JsonNode;

/**
 * Commands to chargers over HTTP. {@code action} is either an OCPP action of the charger's version
 * ({@code GetConfiguration}, body = the OCPP payload) or a version-neutral convenience command
 * ({@code remote-start}, {@code reset}, ...; body = its parameters). Any node takes the call; the
 * answer is the charger's, or 409 when no node holds it, or 504 when it does not answer in time.
 */
@RestController
@RequestMapping("/api/v1")
public class CommandController {

    private final CommandRouter router;
    private final JdbcCommands commands;
    private final Dialects dialects;
    private final ChargerSessions sessions;
    private final ChargerRecords records;
    private final GatewayProperties properties;

    public CommandController(
            CommandRouter router,
            JdbcCommands commands,
            Dialects dialects,
            ChargerSessions sessions,
            ChargerRecords records,
            GatewayProperties properties) {
        this.router = router;
        this.commands = commands;
        this.dialects = dialects;
        this.sessions = sessions;
        this.records = records;
        this.properties = properties;
    }

    @PostMapping("/charge-points/{chargePointId}/commands/{action}")
    @PreAuthorize("hasAnyAuthority('charge_points.command', 'platform.admin')")
    public DeferredResult<CommandView> command(
            @PathVariable String chargePointId,
            @PathVariable String action,
            @RequestBody(required = false) JsonNode body) {
        if (!ChargePointIds.isValid(chargePointId)) {
            throw ApiException.badRequest("Not a valid charge point id");
        }
        checkOrganization(chargePointId);
        OcppDialect dialect = dialectOf(chargePointId)
                .orElseThrow(() -> ApiException.conflict("Charge point " + chargePointId + " is not connected"));
        try {
            dialect.command(action, body);
        } catch (InvalidCommandException | IllegalArgumentException e) {
            throw ApiException.badRequest(String.valueOf(e.getMessage()));
        }
        UUID id = UUID.randomUUID();
        commands.insert(id, chargePointId, action, body, Caller.current().userId());
        Duration wait = properties.callTimeout().plusSeconds(5);
        // The request thread is released while the charger answers: the gateway's few worker threads also carry
        // every charger's frames, so a burst of commands to slow chargers must not hold them.
        var result = new DeferredResult<CommandView>(wait.plusSeconds(5).toMillis());
        router.route(id, chargePointId, action, body, wait).whenComplete((outcome, failure) -> {
            try {
                if (failure != null) {
                    result.setErrorResult(failure);
                } else {
                    result.setResult(answered(id, chargePointId, outcome));
                }
            } catch (RuntimeException e) {
                result.setErrorResult(e);
            }
        });
        return result;
    }

    private CommandView answered(UUID id, String chargePointId, CommandExecutor.Outcome outcome) {
        if (outcome.status() == CommandStatus.OFFLINE) {
            throw ApiException.conflict("Charge point " + chargePointId + " is not connected");
        }
        if (outcome.status() == CommandStatus.TIMED_OUT) {
            throw new ApiException(
                    HttpStatus.GATEWAY_TIMEOUT, "Charge point " + chargePointId + " did not answer in time");
        }
        return commands.find(id).orElseThrow();
    }

    @GetMapping("/commands/{id}")
    @PreAuthorize("hasAnyAuthority('stations.read', 'charge_points.command', 'platform.admin')")
    public CommandView find(@PathVariable UUID id) {
        CommandView view = commands.find(id).orElseThrow(() -> ApiException.notFound("Command", id));
        checkOrganization(view.chargePointId());
        return view;
    }

    @GetMapping("/commands")
    @PreAuthorize("hasAnyAuthority('stations.read', 'charge_points.command', 'platform.admin')")
    public List<CommandView> list(
            @RequestParam(required = false) String chargePointId, @RequestParam(defaultValue = "50") int limit) {
        if (chargePointId != null) {
            checkOrganization(chargePointId);
        } else if (!Caller.current().isPlatformAdmin()) {
            throw ApiException.badRequest("chargePointId is required");
        }
        return commands.list(chargePointId, Math.max(1, Math.min(limit, 500)));
    }

    private java.util.Optional<OcppDialect> dialectOf(String chargePointId) {
        var local = sessions.find(chargePointId);
        if (local.isPresent()) {
            return local.map(s -> s.dialect());
        }
        return router.locate(chargePointId)
                .flatMap(location -> dialects.bySubprotocol(String.valueOf(location.subprotocol())));
    }

    /** Outside the caller's reach a charger does not exist, as in the station's API. */
    private void checkOrganization(String chargePointId) {
        if (!CommandScope.reaches(Caller.current(), records.find(chargePointId))) {
            throw ApiException.notFound("Charge point", chargePointId);
        }
    }
}
