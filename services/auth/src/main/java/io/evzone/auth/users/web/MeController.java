package io.evzone.auth.users.web;

import io.evzone.auth.account.application.ChangePassword;
import io.evzone.auth.account.application.UpdateProfile;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.organization.application.AccessGrants;
import io.evzone.auth.shared.Ids;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.token.application.SessionIssuer;
import io.evzone.auth.token.web.SessionCookies;
import io.evzone.auth.users.application.UserViews;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/me")
@Tag(name = "Profile", description = "The caller's own account")
class MeController {

    private final Users users;
    private final UserViews views;
    private final UpdateProfile updateProfile;
    private final ChangePassword changePassword;
    private final AccessGrants grants;
    private final SessionIssuer issuer;
    private final SessionCookies cookies;

    MeController(
            Users users,
            UserViews views,
            UpdateProfile updateProfile,
            ChangePassword changePassword,
            AccessGrants grants,
            SessionIssuer issuer,
            SessionCookies cookies) {
        this.users = users;
        this.views = views;
        this.updateProfile = updateProfile;
        this.changePassword = changePassword;
        this.grants = grants;
        this.issuer = issuer;
        this.cookies = cookies;
    }

    @GetMapping
    @Operation(summary = "The caller's profile", description = "Role and permissions as the caller's token has them.")
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    UserResponse me() {
        AccessTokenClaims caller = Caller.current();
        return UserResponse.of(views.self(self(caller), caller));
    }

    @PatchMapping
    @Operation(
            summary = "Change the caller's name, phone or country",
            description = "A missing or null field stays as it is; an empty phone or country removes it.")
    @ApiResponse(responseCode = "200", description = "The user as changed")
    @ApiResponse(responseCode = "409", description = "The phone number belongs to another account")
    UserResponse update(@Valid @RequestBody ProfileRequest request, HttpServletRequest http) {
        AccessTokenClaims caller = Caller.current();
        User user = updateProfile.handle(new UpdateProfile.Update(
                self(caller).id(),
                request.name(),
                request.phone(),
                request.country(),
                caller.userId(),
                ClientInfos.of(http)));
        return UserResponse.of(views.self(user, caller));
    }

    @PostMapping("/password")
    @Operation(
            summary = "Change the caller's password",
            description = "Needs the current password. Ends every session of the account, then starts a new one"
                    + " for this client: new tokens in the body and the cookies.")
    @ApiResponse(responseCode = "200", description = "Changed; a fresh session")
    @ApiResponse(responseCode = "400", description = "Wrong current password, or a refused new password")
    PasswordChangedResponse changePassword(
            @Valid @RequestBody PasswordRequest request, HttpServletRequest http, HttpServletResponse response) {
        AccessTokenClaims caller = Caller.current();
        var client = ClientInfos.of(http);
        User user = changePassword.handle(
                new ChangePassword.Change(self(caller).id(), request.currentPassword(), request.newPassword(), client));
        var grant = grants.resolve(user, Ids.uuidOrNull(caller.organizationId()));
        var session = issuer.start(user, grant, client);
        cookies.write(response, session);
        return new PasswordChangedResponse(
                true,
                "Password changed; other sessions were ended",
                UserResponse.of(views.withGrant(user, grant)),
                session.accessToken(),
                session.refreshToken());
    }

    private User self(AccessTokenClaims caller) {
        UUID id = Ids.uuidOrNull(caller.userId());
        return (id == null ? java.util.Optional.<User>empty() : users.byId(id))
                .filter(u -> !u.isDeleted())
                .orElseThrow(() -> DomainException.notFound("User " + caller.userId() + " not found"));
    }

    record ProfileRequest(
            @Size(min = 1, max = 120) String name,
            @Size(max = 32) String phone,
            @Size(max = 2) String country) {}

    record PasswordRequest(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {}

    record PasswordChangedResponse(
            boolean success, String message, UserResponse user, String accessToken, String refreshToken) {}
}
