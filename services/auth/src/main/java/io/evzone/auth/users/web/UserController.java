package io.evzone.auth.users.web;

import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.shared.web.Authorities;
import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.ClientValues;
import io.evzone.auth.shared.web.MessageResponse;
import io.evzone.auth.shared.web.Paging;
import io.evzone.auth.shared.web.PathPatterns;
import io.evzone.auth.users.application.ChangeUserStatus;
import io.evzone.auth.users.application.DeleteUser;
import io.evzone.auth.users.application.ForceLogout;
import io.evzone.auth.users.application.GetUser;
import io.evzone.auth.users.application.ListUsers;
import io.evzone.auth.users.application.UpdateUser;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(
        name = "Users",
        description = "User administration. Platform administrators manage everyone; others manage the members of"
                + " the organization their token is active in.")
class UserController {

    private final ListUsers list;
    private final GetUser get;
    private final UpdateUser update;
    private final ChangeUserStatus changeStatus;
    private final DeleteUser delete;
    private final ForceLogout forceLogout;

    UserController(
            ListUsers list,
            GetUser get,
            UpdateUser update,
            ChangeUserStatus changeStatus,
            DeleteUser delete,
            ForceLogout forceLogout) {
        this.list = list;
        this.get = get;
        this.update = update;
        this.changeStatus = changeStatus;
        this.delete = delete;
        this.forceLogout = forceLogout;
    }

    @GetMapping
    @PreAuthorize(Authorities.READ_USERS)
    @Operation(summary = "List users", description = "Needs users.read or users.manage. Oldest first.")
    @ApiResponse(responseCode = "200", description = "The users")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "403", description = "Missing users.read / users.manage")
    List<UserResponse> list(
            @Parameter(description = "Part of the name, email or phone") @RequestParam(required = false) String q,
            @Parameter(description = "Role, as the clients name it (SUPER_ADMIN) or as its code (super_admin)")
                    @RequestParam(required = false)
                    String role,
            @Parameter(description = "Status, Active or ACTIVE") @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID organizationId,
            @Parameter(description = "Page size, default 50, at most 200") @RequestParam(required = false)
                    Integer limit,
            @RequestParam(required = false) Integer offset) {
        return UserResponse.of(list.handle(new ListUsers.Query(
                q,
                ClientValues.roleCode(role),
                ClientValues.status(status, UserStatus.class, "status"),
                organizationId,
                Paging.limit(limit),
                Paging.offset(offset),
                Caller.current())));
    }

    @GetMapping("/{id:" + PathPatterns.UUID + "}")
    @PreAuthorize(Authorities.READ_USERS)
    @Operation(summary = "Get a user")
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
    UserResponse get(@PathVariable UUID id) {
        return UserResponse.of(get.handle(id, Caller.current()));
    }

    @PatchMapping("/{id:" + PathPatterns.UUID + "}")
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(
            summary = "Change a user",
            description = "Profile (name, phone, country), role in an organization (organizationId, default the"
                    + " caller's), status (ACTIVE or SUSPENDED) and, for platform administrators, platformAdmin.")
    @ApiResponse(responseCode = "200", description = "The user as changed")
    @ApiResponse(responseCode = "403", description = "Not allowed for this user")
    UserResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest request, HttpServletRequest http) {
        return UserResponse.of(update.handle(new UpdateUser.Update(
                id,
                request.name(),
                request.phone(),
                request.country(),
                ClientValues.roleCode(request.role()),
                request.organizationId(),
                ClientValues.status(request.status(), UserStatus.class, "status"),
                request.platformAdmin(),
                Caller.current(),
                ClientInfos.of(http))));
    }

    @DeleteMapping("/{id:" + PathPatterns.UUID + "}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(
            summary = "Delete a user",
            description = "Erases personal data, ends every session and membership; the id stays for history.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Yourself, or the last platform administrator")
    void delete(@PathVariable UUID id, HttpServletRequest http) {
        delete.handle(id, Caller.current(), ClientInfos.of(http));
    }

    @PostMapping("/{id:" + PathPatterns.UUID + "}/suspend")
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(
            summary = "Suspend a user",
            description = "Ends every session now: refresh is refused; access tokens already issued expire within"
                    + " their lifetime (15 minutes by default).")
    @ApiResponse(responseCode = "200", description = "The user, suspended")
    UserResponse suspend(@PathVariable UUID id, HttpServletRequest http) {
        changeStatus.handle(new ChangeUserStatus.Change(id, true, Caller.current(), ClientInfos.of(http)));
        return UserResponse.of(get.handle(id, Caller.current()));
    }

    @PostMapping("/{id:" + PathPatterns.UUID + "}/reactivate")
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(summary = "Lift a suspension")
    @ApiResponse(responseCode = "200", description = "The user, reactivated")
    @ApiResponse(responseCode = "409", description = "Not suspended")
    UserResponse reactivate(@PathVariable UUID id, HttpServletRequest http) {
        changeStatus.handle(new ChangeUserStatus.Change(id, false, Caller.current(), ClientInfos.of(http)));
        return UserResponse.of(get.handle(id, Caller.current()));
    }

    @PostMapping("/{id:" + PathPatterns.UUID + "}/force-logout")
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(
            summary = "End every session of a user",
            description = "Revokes all refresh tokens; access tokens already issued expire within their lifetime.")
    @ApiResponse(responseCode = "200", description = "Sessions ended")
    MessageResponse forceLogout(@PathVariable UUID id, HttpServletRequest http) {
        int sessions = forceLogout.handle(id, Caller.current(), ClientInfos.of(http));
        return MessageResponse.ok(sessions + " session(s) ended");
    }

    record UpdateUserRequest(
            @Size(min = 1, max = 120) String name,
            @Size(max = 32) String phone,
            @Size(max = 2) String country,
            String role,
            UUID organizationId,
            String status,
            Boolean platformAdmin) {}
}
