package io.evzone.gateway.command;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.presence.ChargerSessions;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.gateway.rpc.InvalidCommandException;
import io.evzone.gateway.rpc.OcppCommand;
import io.evzone.gateway.rpc.Translation;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.rpc.CallOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Sends a command to a charger connected to this node and records how it ended. */
@Component
public class CommandExecutor {

    /** Answers that mean the charger will do (or did) what was asked. */
    static final Set<String> ACCEPTING =
            Set.of("Accepted", "Unlocked", "Scheduled", "RebootRequired", "AcceptedCanceled");

    /** A command's outcome. */
    public record Outcome(UUID commandId, CommandStatus status, Map<String, Object> response) {}

    private final ChargerSessions sessions;
    private final JdbcCommands commands;
    private final GatewayMetrics metrics;
    private final GatewayProperties properties;
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();

    public CommandExecutor(
            ChargerSessions sessions, JdbcCommands commands, GatewayMetrics metrics, GatewayProperties properties) {
        this.sessions = sessions;
        this.commands = commands;
        this.metrics = metrics;
        this.properties = properties;
    }

    public boolean holds(String chargePointId) {
        return sessions.find(chargePointId).isPresent();
    }

    public CompletableFuture<Outcome> execute(UUID id, String chargePointId, ChargerCommand requested) {
        String action = requested.operation();
        ChargerSession session = sessions.find(chargePointId).orElse(null);
        if (session == null) {
            return finish(id, chargePointId, action, CommandStatus.OFFLINE, Map.of("reason", "charger not connected"));
        }
        OcppCommand command;
        try {
            switch (session.dialect().translate(requested)) {
                case Translation.Send send -> command = send.call();
                case Translation.NotInThisVersion not -> {
                    return finish(
                            id, chargePointId, action, CommandStatus.NOT_SUPPORTED, Map.of("reason", not.reason()));
                }
            }
        } catch (InvalidCommandException | IllegalArgumentException e) {
            return finish(
                    id, chargePointId, action, CommandStatus.FAILED, Map.of("reason", String.valueOf(e.getMessage())));
        }
        session.boot().sending(command);
        return session.call(
                        command,
                        () -> virtualThreads.execute(() -> commands.sent(id, command.action(), properties.nodeId())))
                .thenCompose(outcome -> {
                    Map<String, Object> response = new LinkedHashMap<>();
                    CommandStatus status = switch (outcome) {
                        case CallOutcome.Answered answered -> answered(session, answered, response);
                        case CallOutcome.Failed failed -> {
                            response.put("errorCode", failed.error().errorCode());
                            response.put("errorDescription", failed.error().errorDescription());
                            yield CommandStatus.FAILED;
                        }
                        case CallOutcome.TimedOut timedOut -> CommandStatus.TIMED_OUT;
                        case CallOutcome.Cancelled cancelled -> {
                            response.put("reason", "connection closed before the charger answered");
                            yield CommandStatus.OFFLINE;
                        }
                    };
                    return finish(id, chargePointId, action, status, response, command.action());
                });
    }

    private static CommandStatus answered(
            ChargerSession session, CallOutcome.Answered answered, Map<String, Object> response) {
        response.putAll(toMap(answered.payload()));
        if (session.dialect().decodeResult(answered.action(), answered.payload())
                instanceof Decoded.Invalid<?> invalid) {
            response.put("invalidAnswer", invalid.description());
            return CommandStatus.FAILED;
        }
        JsonNode status = answered.payload().get("status");
        if (status == null) {
            return settingsAccepted(answered.payload().get("setVariableResult"))
                    ? CommandStatus.ACCEPTED
                    : CommandStatus.REJECTED;
        }
        return ACCEPTING.contains(status.asString()) ? CommandStatus.ACCEPTED : CommandStatus.REJECTED;
    }

    /** OCPP 2.0.1 SetVariablesResponse has no overall status: it is accepted when every attribute was. */
    private static boolean settingsAccepted(JsonNode results) {
        if (results == null || !results.isArray()) {
            return true;
        }
        for (JsonNode result : results) {
            JsonNode attributeStatus = result.get("attributeStatus");
            if (attributeStatus == null || !ACCEPTING.contains(attributeStatus.asString())) {
                return false;
            }
        }
        return true;
    }

    /** Records the outcome off the calling thread (a WebSocket or timer thread must not wait for the database). */
    CompletableFuture<Outcome> finish(
            UUID id, String chargePointId, String action, CommandStatus status, Map<String, Object> response) {
        return finish(id, chargePointId, action, status, response, null);
    }

    /**
     * As above, for a command this node sent as {@code ocppAction}: the outcome row names the OCPP
     * action and this node itself, because the asynchronous SENT update may run after it (or not at all).
     */
    private CompletableFuture<Outcome> finish(
            UUID id,
            String chargePointId,
            String action,
            CommandStatus status,
            Map<String, Object> response,
            String ocppAction) {
        String node = ocppAction == null ? null : properties.nodeId();
        return CompletableFuture.supplyAsync(
                () -> {
                    if (commands.complete(id, chargePointId, action, status, response, ocppAction, node)) {
                        metrics.command(status.name());
                    }
                    return new Outcome(id, status, response);
                },
                virtualThreads);
    }

    static Map<String, Object> toMap(ObjectNode payload) {
        return OcppJson.mapper().convertValue(payload, new TypeReference<Map<String, Object>>() {});
    }
}
