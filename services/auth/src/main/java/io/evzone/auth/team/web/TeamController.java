package io.evzone.auth.team.web;

import io.evzone.auth.organization.application.ChangeMembership;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.shared.web.Authorities;
import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.ClientValues;
import io.evzone.auth.shared.web.Paging;
import io.evzone.auth.shared.web.PathPatterns;
import io.evzone.auth.team.application.AssignStations;
import io.evzone.auth.team.application.GetStationAssignments;
import io.evzone.auth.team.application.TeamScope;
import io.evzone.auth.users.application.ListUsers;
import io.evzone.auth.users.web.UserResponse;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The team screens: the members of the organization the caller's token is active in. */
@RestController
@RequestMapping("/api/v1/users/team")
@Tag(name = "Team", description = "Members of the caller's organization and their station assignments.")
class TeamController {

    private static final String MEMBER = "/{id:" + PathPatterns.UUID + "}";

    private final TeamScope team;
    private final ListUsers list;
    private final ChangeMembership changeMembership;
    private final GetStationAssignments getAssignments;
    private final AssignStations assignStations;

    TeamController(
            TeamScope team,
            ListUsers list,
            ChangeMembership changeMembership,
            GetStationAssignments getAssignments,
            AssignStations assignStations) {
        this.team = team;
        this.list = list;
        this.changeMembership = changeMembership;
        this.getAssignments = getAssignments;
        this.assignStations = assignStations;
    }

    @GetMapping
    @PreAuthorize(Authorities.READ_USERS)
    @Operation(summary = "List the team", description = "Members who joined; invitations not yet accepted are not.")
    @ApiResponse(responseCode = "200", description = "The members, oldest first")
    @ApiResponse(responseCode = "403", description = "No active organization, or missing users.read")
    List<UserResponse> members(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        AccessTokenClaims caller = Caller.current();
        return UserResponse.of(list.handle(new ListUsers.Query(
                q, null, null, team.organizationOf(caller), Paging.limit(limit), Paging.offset(offset), caller)));
    }

    @PatchMapping(MEMBER)
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(summary = "Change a member's role or status (ACTIVE, SUSPENDED) in the team")
    @ApiResponse(responseCode = "200", description = "The membership as changed")
    @ApiResponse(responseCode = "404", description = "Not a member of the team")
    @ApiResponse(responseCode = "409", description = "Would leave the organization without an active org_admin")
    MemberResponse change(@PathVariable UUID id, @Valid @RequestBody ChangeRequest request, HttpServletRequest http) {
        AccessTokenClaims caller = Caller.current();
        Membership member = team.member(caller, id);
        Membership changed = changeMembership.handle(new ChangeMembership.Change(
                member.organizationId(),
                id,
                ClientValues.roleCode(request.role()),
                request.status(),
                caller,
                ClientInfos.of(http)));
        return new MemberResponse(
                changed.userId(), changed.organizationId(), ClientValues.clientRole(changed.role()), changed.status());
    }

    @GetMapping(MEMBER + "/assignments")
    @PreAuthorize(Authorities.READ_USERS)
    @Operation(summary = "A member's station assignments")
    @ApiResponse(responseCode = "200", description = "The assignments, in the order they were given")
    @ApiResponse(responseCode = "404", description = "Not a member of the team")
    List<AssignmentBody> assignments(@PathVariable UUID id) {
        return getAssignments.handle(id, Caller.current()).stream()
                .map(AssignmentBody::of)
                .toList();
    }

    @PutMapping(MEMBER + "/assignments")
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(
            summary = "Replace a member's station assignments",
            description = "Each station at most once, at most one primary; a shift needs shiftStart, shiftEnd"
                    + " (HH:mm) and a timezone (IANA, e.g. Africa/Kampala).")
    @ApiResponse(responseCode = "200", description = "The assignments as stored")
    @ApiResponse(responseCode = "400", description = "A field is invalid (named in the message)")
    @ApiResponse(responseCode = "404", description = "Not a member of the team")
    List<AssignmentBody> assign(
            @PathVariable UUID id,
            @RequestBody @NotNull @Size(max = 200) List<@Valid @NotNull AssignmentBody> body,
            HttpServletRequest http) {
        var stored = assignStations.handle(new AssignStations.Assignment(
                id, body.stream().map(AssignmentBody::toDomain).toList(), Caller.current(), ClientInfos.of(http)));
        return stored.stream().map(AssignmentBody::of).toList();
    }

    record ChangeRequest(@Size(max = 40) String role, MembershipStatus status) {}

    record MemberResponse(UUID userId, UUID organizationId, String role, MembershipStatus status) {}
}
