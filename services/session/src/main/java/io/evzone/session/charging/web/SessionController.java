package io.evzone.session.charging.web;

import io.evzone.platform.commands.IssuedCommand;
import io.evzone.platform.security.Caller;
import io.evzone.session.chargers.application.ChargePointIds;
import io.evzone.session.charging.application.FindCommand;
import io.evzone.session.charging.application.FindSessions;
import io.evzone.session.charging.application.RemoteStartSession;
import io.evzone.session.charging.application.RemoteStopSession;
import io.evzone.session.charging.application.SessionStats;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.charging.domain.SessionStatus;
import io.evzone.session.shared.web.Authorities;
import io.evzone.session.shared.web.CommandResponse;
import io.evzone.session.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Sessions",
        description = "Charging sessions built from what chargers report; remote start and stop. Operators see their"
                + " organization's sessions, drivers (sessions.own) only their own.")
class SessionController {

    private final FindSessions find;
    private final RemoteStartSession remoteStart;
    private final RemoteStopSession remoteStop;
    private final FindCommand findCommand;
    private final ChargePointIds ids;

    SessionController(
            FindSessions find,
            RemoteStartSession remoteStart,
            RemoteStopSession remoteStop,
            FindCommand findCommand,
            ChargePointIds ids) {
        this.find = find;
        this.remoteStart = remoteStart;
        this.remoteStop = remoteStop;
        this.findCommand = findCommand;
        this.ids = ids;
    }

    @GetMapping("/api/v1/sessions/active")
    @PreAuthorize(Authorities.READ_SESSIONS)
    @Operation(summary = "Active sessions, newest first")
    @ApiResponse(responseCode = "200", description = "The sessions")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "403", description = "Missing sessions.read, sessions.manage or sessions.own")
    List<SessionResponse> active(
            @Parameter(description = "Only at this station") @RequestParam(required = false) String stationId,
            @Parameter(description = "Only at this charge point (the station service's id)")
                    @RequestParam(required = false)
                    String chargePointId,
            @Parameter(description = "Only at the charge point with this OCPP identity") @RequestParam(required = false)
                    String ocppId,
            @Parameter(description = "Page size, default 50, at most 200") @RequestParam(required = false)
                    Integer limit,
            @Parameter(description = "Sessions to skip") @RequestParam(required = false) Integer offset) {
        var criteria = new FindSessions.Criteria(
                null,
                stationId,
                ids.filter(chargePointId, ocppId),
                SessionStatus.ACTIVE,
                null,
                null,
                Paging.limit(limit),
                Paging.offset(offset));
        return views(find.list(Caller.current(), criteria));
    }

    @GetMapping("/api/v1/sessions/history/all")
    @PreAuthorize(Authorities.READ_SESSIONS)
    @Operation(summary = "Sessions of any status, newest first, filtered")
    @ApiResponse(responseCode = "200", description = "The sessions")
    @ApiResponse(responseCode = "400", description = "A filter has an invalid value")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "403", description = "Missing sessions.read, sessions.manage or sessions.own")
    List<SessionResponse> history(
            @Parameter(description = "Only at this station") @RequestParam(required = false) String stationId,
            @Parameter(description = "Only at this charge point (the station service's id)")
                    @RequestParam(required = false)
                    String chargePointId,
            @Parameter(description = "Only at the charge point with this OCPP identity") @RequestParam(required = false)
                    String ocppId,
            @Parameter(description = "Only this driver's sessions") @RequestParam(required = false) String userId,
            @Parameter(description = "ACTIVE, COMPLETED or FAILED") @RequestParam(required = false)
                    SessionStatus status,
            @Parameter(description = "Started at or after (ISO-8601)") @RequestParam(required = false) Instant from,
            @Parameter(description = "Started before (ISO-8601)") @RequestParam(required = false) Instant to,
            @Parameter(description = "Page size, default 50, at most 200") @RequestParam(required = false)
                    Integer limit,
            @Parameter(description = "Sessions to skip") @RequestParam(required = false) Integer offset) {
        var criteria = new FindSessions.Criteria(
                userId,
                stationId,
                ids.filter(chargePointId, ocppId),
                status,
                from,
                to,
                Paging.limit(limit),
                Paging.offset(offset));
        return views(find.list(Caller.current(), criteria));
    }

    @GetMapping("/api/v1/sessions/me")
    @PreAuthorize(Authorities.READ_SESSIONS)
    @Operation(summary = "The caller's own sessions, newest first")
    @ApiResponse(responseCode = "200", description = "The sessions")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    List<SessionResponse> mine(
            @Parameter(description = "ACTIVE, COMPLETED or FAILED") @RequestParam(required = false)
                    SessionStatus status,
            @Parameter(description = "Page size, default 50, at most 200") @RequestParam(required = false)
                    Integer limit,
            @Parameter(description = "Sessions to skip") @RequestParam(required = false) Integer offset) {
        var criteria = new FindSessions.Criteria(
                null, null, null, status, null, null, Paging.limit(limit), Paging.offset(offset));
        return views(find.mine(Caller.current(), criteria));
    }

    @GetMapping("/api/v1/sessions/stats/summary")
    @PreAuthorize(Authorities.READ_SESSIONS)
    @Operation(summary = "Session counts, energy, average duration and current power over the caller's scope")
    @ApiResponse(responseCode = "200", description = "The totals")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    StatsResponse stats(
            @Parameter(description = "Only at this station") @RequestParam(required = false) String stationId,
            @Parameter(description = "Only at this charge point (the station service's id)")
                    @RequestParam(required = false)
                    String chargePointId,
            @Parameter(description = "Only at the charge point with this OCPP identity") @RequestParam(required = false)
                    String ocppId,
            @Parameter(description = "Started at or after (ISO-8601)") @RequestParam(required = false) Instant from,
            @Parameter(description = "Started before (ISO-8601)") @RequestParam(required = false) Instant to) {
        var criteria =
                new FindSessions.Criteria(null, stationId, ids.filter(chargePointId, ocppId), null, from, to, 1, 0);
        return StatsResponse.of(find.stats(Caller.current(), criteria));
    }

    @GetMapping("/api/v1/sessions/{id}")
    @PreAuthorize(Authorities.READ_SESSIONS)
    @Operation(summary = "One session with a summary of its meter values")
    @ApiResponse(responseCode = "200", description = "The session")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "404", description = "No such session in the caller's scope")
    SessionResponse get(@PathVariable String id) {
        var detail = find.detail(Caller.current(), Paging.id("Session", id));
        SessionState session = detail.session();
        return SessionResponse.of(
                session,
                ids.registryIds(List.of(session.chargePointId())).get(session.chargePointId()),
                detail.meterValues());
    }

    @PostMapping("/api/v1/sessions/start")
    @PreAuthorize(Authorities.START_SESSIONS)
    @Operation(
            summary = "Ask a charger to start charging (remote start)",
            description = "Sends REMOTE_START with the given id token, or the caller's own usable token. Waits up to"
                    + " evzone.session.command-wait for the charger's answer: 200 with it, else 202 with the command"
                    + " id to poll. The session appears when the charger reports the transaction.")
    @ApiResponse(responseCode = "200", description = "The charger answered (status ACCEPTED, REJECTED...)")
    @ApiResponse(responseCode = "202", description = "Sent; no answer yet")
    @ApiResponse(responseCode = "400", description = "Invalid body, or the caller has no usable id token")
    @ApiResponse(responseCode = "404", description = "Unknown charge point or id token")
    @ApiResponse(responseCode = "409", description = "The id token may not charge (blocked, expired, in use)")
    ResponseEntity<CommandResponse> start(@Valid @RequestBody StartRequest body) {
        IssuedCommand command = remoteStart.handle(
                Caller.current(),
                new RemoteStartSession.Request(
                        body.chargePointId(), body.ocppId(), body.connectorId(), body.evseId(), body.idTag()));
        return answer(command);
    }

    @PostMapping("/api/v1/sessions/{id}/stop")
    @PreAuthorize(Authorities.STOP_SESSIONS)
    @Operation(
            summary = "Ask the charger to stop a session (remote stop)",
            description = "Sends REMOTE_STOP for the session's transaction. The session stays ACTIVE until the charger"
                    + " reports the stop.")
    @ApiResponse(responseCode = "200", description = "The charger answered")
    @ApiResponse(responseCode = "202", description = "Sent; no answer yet")
    @ApiResponse(responseCode = "403", description = "The caller may see but not stop the session")
    @ApiResponse(responseCode = "404", description = "No such session in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The session is not active")
    ResponseEntity<CommandResponse> stop(@PathVariable String id) {
        return answer(remoteStop.handle(Caller.current(), Paging.id("Session", id)));
    }

    @GetMapping("/api/v1/sessions/commands/{commandId}")
    @PreAuthorize(Authorities.START_SESSIONS + " or " + Authorities.READ_SESSIONS)
    @Operation(summary = "A remote start or stop command and the charger's answer")
    @ApiResponse(responseCode = "200", description = "The command")
    @ApiResponse(responseCode = "404", description = "No such command in the caller's scope")
    CommandResponse command(@PathVariable String commandId) {
        return commandResponse(findCommand.handle(Caller.current(), Paging.id("Command", commandId)));
    }

    private ResponseEntity<CommandResponse> answer(IssuedCommand command) {
        return ResponseEntity.status(command.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(commandResponse(command));
    }

    private CommandResponse commandResponse(IssuedCommand command) {
        return CommandResponse.of(
                command, ids.registryIds(List.of(command.ocppId())).get(command.ocppId()));
    }

    private List<SessionResponse> views(List<SessionState> sessions) {
        Map<String, String> registryIds = ids.registryIds(
                sessions.stream().map(SessionState::chargePointId).collect(Collectors.toSet()));
        return sessions.stream()
                .map(s -> SessionResponse.of(s, registryIds.get(s.chargePointId()), null))
                .toList();
    }

    /**
     * @param chargePointId the charge point's id in the station service
     * @param ocppId the charger's OCPP identity, instead of {@code chargePointId}
     * @param connectorId 1.6 connector (or 2.0.1 connector within the EVSE); omitted: the charger chooses
     * @param evseId 2.0.1 EVSE
     * @param idTag the id token to charge with; omitted: the caller's own
     */
    record StartRequest(
            String chargePointId,
            @Size(max = 48) String ocppId,
            @PositiveOrZero Integer connectorId,
            @PositiveOrZero Integer evseId,
            @Size(max = 36) String idTag) {}

    record StatsResponse(
            long totalSessions,
            long activeSessions,
            long completedSessions,
            long failedSessions,
            long totalEnergyWh,
            double totalEnergyKwh,
            long averageEnergyWh,
            long averageDurationSeconds,
            long currentPowerW) {

        static StatsResponse of(SessionStats s) {
            return new StatsResponse(
                    s.totalSessions(),
                    s.activeSessions(),
                    s.completedSessions(),
                    s.failedSessions(),
                    s.totalEnergyWh(),
                    s.totalEnergyWh() / 1000.0,
                    s.averageEnergyWh(),
                    s.averageDurationSeconds(),
                    s.currentPowerW());
        }
    }
}
