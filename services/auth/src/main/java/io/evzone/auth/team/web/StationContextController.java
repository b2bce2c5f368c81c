package io.evzone.auth.team.web;

import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.team.application.ListStationContexts;
import io.evzone.auth.team.application.SelectStationContext;
import io.evzone.auth.team.application.StationContext;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The console's station picker: the caller's own station assignments and the one they work at now. */
@RestController
@RequestMapping("/api/v1/users/me")
@Tag(name = "Profile", description = "The caller's own account")
class StationContextController {

    private final ListStationContexts list;
    private final SelectStationContext select;

    StationContextController(ListStationContexts list, SelectStationContext select) {
        this.list = list;
        this.select = select;
    }

    @GetMapping("/station-contexts")
    @Operation(
            summary = "The caller's station contexts",
            description = "Their active station assignments in the organization their token is active in, in the"
                    + " order they were given; selected marks the one chosen with POST /users/me/station-context."
                    + " Empty without an active organization.")
    @ApiResponse(responseCode = "200", description = "The caller's active station assignments")
    List<StationContextResponse> contexts() {
        return list.handle(Caller.current()).stream()
                .map(StationContextResponse::of)
                .toList();
    }

    @PostMapping("/station-context")
    @Operation(
            summary = "Select the station the caller works at now",
            description = "One of the caller's active station assignments. The selection is kept (GET /users/me"
                    + " shows it as stationContext) until another is selected or the assignment ends.")
    @ApiResponse(responseCode = "200", description = "The selected context")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's active assignments")
    StationContextResponse select(@Valid @RequestBody SelectionRequest request, HttpServletRequest http) {
        return StationContextResponse.of(select.handle(
                new SelectStationContext.Selection(request.assignmentId(), Caller.current(), ClientInfos.of(http))));
    }

    record SelectionRequest(@NotNull UUID assignmentId) {}

    /** @param selected whether this is the station the caller works at now */
    record StationContextResponse(
            UUID assignmentId,
            UUID organizationId,
            String stationId,
            String role,
            boolean isPrimary,
            LocalTime shiftStart,
            LocalTime shiftEnd,
            String timezone,
            boolean selected) {

        static StationContextResponse of(StationContext context) {
            var a = context.assignment();
            return new StationContextResponse(
                    a.id(),
                    context.organizationId(),
                    a.stationId(),
                    a.role(),
                    a.isPrimary(),
                    a.shiftStart(),
                    a.shiftEnd(),
                    a.timezone() == null ? null : a.timezone().getId(),
                    context.selected());
        }
    }
}
