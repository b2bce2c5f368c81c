package io.evzone.auth.users.web;

import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.MessageResponse;
import io.evzone.auth.users.application.AcceptInvitation;
import io.evzone.auth.users.application.JoinOrganization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Account")
class InvitationController {

    private final AcceptInvitation accept;
    private final JoinOrganization join;

    InvitationController(AcceptInvitation accept, JoinOrganization join) {
        this.accept = accept;
        this.join = join;
    }

    @GetMapping("/api/v1/auth/invitations/accept")
    @SecurityRequirements
    @Operation(
            summary = "Accept an invitation with the emailed link's token",
            description = "An existing account joins the organization (joined: true). An account the invitation"
                    + " created needs a password first (passwordRequired: true; the link stays valid): POST"
                    + " /api/v1/auth/accept-invitation. Rate limited (10/min per client).")
    @ApiResponse(responseCode = "200", description = "Joined, or a password is required")
    @ApiResponse(responseCode = "400", description = "Invalid or expired invitation")
    JoinResponse join(@RequestParam @Size(max = 200) String token, HttpServletRequest http) {
        JoinOrganization.Outcome outcome = join.handle(token, ClientInfos.of(http));
        return new JoinResponse(
                outcome.joined(),
                outcome.joined() ? "Invitation accepted" : "Choose a password to accept the invitation",
                outcome.joined(),
                outcome.passwordRequired(),
                outcome.organizationId(),
                outcome.organizationName());
    }

    @PostMapping("/api/v1/auth/accept-invitation")
    @SecurityRequirements
    @Operation(
            summary = "Accept an invitation by choosing a password",
            description = "For an account the invitation created: with the emailed link's token, choose a password"
                    + " (and a name); the account and the membership become active. Then log in. Existing"
                    + " accounts accept with GET /api/v1/auth/invitations/accept. Rate limited (10/min per client).")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ApiResponse(responseCode = "400", description = "Invalid or expired invitation, or a refused password")
    @ApiResponse(responseCode = "409", description = "The account already has a password")
    MessageResponse accept(@Valid @RequestBody AcceptRequest request, HttpServletRequest http) {
        accept.handle(new AcceptInvitation.Acceptance(
                request.token(), request.password(), request.name(), ClientInfos.of(http)));
        return MessageResponse.ok("Invitation accepted. You can log in now.");
    }

    record AcceptRequest(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 128) String password,
            @Size(max = 120) String name) {}

    record JoinResponse(
            boolean success,
            String message,
            boolean joined,
            boolean passwordRequired,
            UUID organizationId,
            String organizationName) {}
}
