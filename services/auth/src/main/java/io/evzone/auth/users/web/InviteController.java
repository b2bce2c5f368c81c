package io.evzone.auth.users.web;

import io.evzone.auth.shared.web.Authorities;
import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.ClientValues;
import io.evzone.auth.shared.web.PathPatterns;
import io.evzone.auth.users.application.InviteUser;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every way of bringing someone into an organization is an invitation the person accepts; the
 * answer is the same whether the address has an account or not.
 */
@RestController
@Tag(name = "Users")
class InviteController {

    private static final String HOW = "The person gets an emailed link and joins when they accept it"
            + " (GET /api/v1/auth/invitations/accept); until then the membership is INVITED and gives the"
            + " organization no hold on their account. The answer never says whether the address has an account.";

    private final InviteUser invite;

    InviteController(InviteUser invite) {
        this.invite = invite;
    }

    @PostMapping("/api/v1/users/invite")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(
            summary = "Invite someone into an organization (organizationId, default the caller's)",
            description = HOW)
    @ApiResponse(responseCode = "202", description = "Invitation sent")
    @ApiResponse(responseCode = "403", description = "Not allowed in this organization")
    InvitationResponse invite(@Valid @RequestBody InviteRequest request, HttpServletRequest http) {
        return send(request.email(), null, request.role(), request.organizationId(), request.name(), http);
    }

    @PostMapping("/api/v1/users/team/invite")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.MANAGE_USERS)
    @Operation(summary = "Invite someone into the caller's organization", description = HOW)
    @ApiResponse(responseCode = "202", description = "Invitation sent")
    InvitationResponse inviteToTeam(@Valid @RequestBody TeamInviteRequest request, HttpServletRequest http) {
        return send(request.email(), null, request.role(), null, request.name(), http);
    }

    @PostMapping("/api/v1/organizations/{id:" + PathPatterns.UUID + "}/members")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.MANAGE_MEMBERS)
    @Operation(summary = "Invite someone into the organization, by email or by userId", description = HOW)
    @ApiResponse(responseCode = "202", description = "Invitation sent")
    @ApiResponse(responseCode = "404", description = "No such organization, or not visible to the caller")
    InvitationResponse addMember(
            @PathVariable UUID id, @Valid @RequestBody AddMemberRequest request, HttpServletRequest http) {
        return send(request.email(), request.userId(), request.role(), id, null, http);
    }

    private InvitationResponse send(
            String email, UUID userId, String role, UUID organizationId, String name, HttpServletRequest http) {
        InviteUser.Sent sent = invite.handle(new InviteUser.Invitation(
                email,
                userId,
                ClientValues.roleCode(role),
                organizationId,
                name,
                Caller.current(),
                ClientInfos.of(http)));
        return new InvitationResponse(
                true,
                "Invitation sent; the person joins when they accept it",
                email == null ? null : sent.email(),
                ClientValues.clientRole(sent.role()),
                sent.organizationId());
    }

    record InviteRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank String role,
            UUID organizationId,
            @Size(max = 120) String name) {}

    record TeamInviteRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank String role,
            @Size(max = 120) String name) {}

    record AddMemberRequest(
            UUID userId,
            @Email @Size(max = 254) String email,
            @NotBlank String role) {}

    record InvitationResponse(boolean success, String message, String email, String role, UUID organizationId) {}
}
