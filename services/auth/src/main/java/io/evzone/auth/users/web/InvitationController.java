package io.evzone.auth.users.web;

import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.MessageResponse;
import io.evzone.auth.users.application.AcceptInvitation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Account")
class InvitationController {

    private final AcceptInvitation accept;

    InvitationController(AcceptInvitation accept) {
        this.accept = accept;
    }

    @PostMapping("/api/v1/auth/accept-invitation")
    @SecurityRequirements
    @Operation(
            summary = "Accept an invitation",
            description = "With the emailed link's token, choose a password (and a name): the account and its"
                    + " invited memberships become active. Then log in. Rate limited (10/min per client).")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ApiResponse(responseCode = "400", description = "Invalid or expired invitation, or a refused password")
    MessageResponse accept(@Valid @RequestBody AcceptRequest request, HttpServletRequest http) {
        accept.handle(new AcceptInvitation.Acceptance(
                request.token(), request.password(), request.name(), ClientInfos.of(http)));
        return MessageResponse.ok("Invitation accepted. You can log in now.");
    }

    record AcceptRequest(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 128) String password,
            @Size(max = 120) String name) {}
}
