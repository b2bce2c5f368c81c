package io.evzone.auth.login.web;

import io.evzone.auth.login.application.AccessProfile;
import io.evzone.auth.login.application.LoggedIn;
import io.evzone.auth.login.application.Login;
import io.evzone.auth.login.application.Logout;
import io.evzone.auth.login.application.LogoutEverywhere;
import io.evzone.auth.login.application.RefreshSession;
import io.evzone.auth.login.application.SwitchOrganization;
import io.evzone.auth.metrics.application.AuthMetrics;
import io.evzone.auth.metrics.domain.AuthOperation;
import io.evzone.auth.shared.Ids;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.ClientValues;
import io.evzone.auth.shared.web.MessageResponse;
import io.evzone.auth.token.web.SessionCookies;
import io.evzone.auth.users.application.UserViews;
import io.evzone.auth.users.web.SessionResponse;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(
        name = "Authentication",
        description = "Login, refresh, logout and organization switching. Tokens come back in the body and in"
                + " httpOnly cookies (evzone_access_token, evzone_refresh_token), so Swagger UI on this page is"
                + " logged in by calling login.")
class AuthController {

    private final Login login;
    private final RefreshSession refresh;
    private final Logout logout;
    private final LogoutEverywhere logoutEverywhere;
    private final SwitchOrganization switchOrganization;
    private final UserViews views;
    private final SessionCookies cookies;
    private final AuthMetrics metrics;

    AuthController(
            Login login,
            RefreshSession refresh,
            Logout logout,
            LogoutEverywhere logoutEverywhere,
            SwitchOrganization switchOrganization,
            UserViews views,
            SessionCookies cookies,
            AuthMetrics metrics) {
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
        this.logoutEverywhere = logoutEverywhere;
        this.switchOrganization = switchOrganization;
        this.views = views;
        this.cookies = cookies;
        this.metrics = metrics;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(
            summary = "Log in with email or phone and password",
            description = "Answers the user and both tokens, and sets them as httpOnly SameSite=Strict cookies. Wrong"
                    + " credentials and unknown accounts get the same 401. Rate limited: 5/min per account and per"
                    + " client; 10 consecutive failures lock the account for 15 minutes (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "401", description = "Invalid credentials")
    @ApiResponse(responseCode = "403", description = "Right password, but the account is suspended or not verified")
    @ApiResponse(responseCode = "429", description = "Rate limited or locked (Retry-After)")
    SessionResponse login(
            @Valid @RequestBody LoginRequest request, HttpServletRequest http, HttpServletResponse response) {
        LoggedIn loggedIn = metrics.time(
                AuthOperation.LOGIN,
                () -> login.handle(new Login.Credentials(
                        request.email(), request.phone(), request.password(), ClientInfos.of(http))));
        return answer(loggedIn, response);
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(
            summary = "Exchange a refresh token for new tokens",
            description = "The refresh token comes from its cookie or the body's refreshToken. It is single use: the"
                    + " answer carries its successor. Presenting a used one ends every session of that login (401)."
                    + " Rate limited: 20/min per client.")
    @ApiResponse(responseCode = "200", description = "New tokens")
    @ApiResponse(responseCode = "401", description = "Missing, unknown, used, expired or revoked refresh token")
    @ApiResponse(responseCode = "429", description = "Rate limited (Retry-After)")
    SessionResponse refresh(
            @Valid @RequestBody(required = false) RefreshRequest request,
            HttpServletRequest http,
            HttpServletResponse response) {
        String secret = refreshToken(request, http);
        LoggedIn loggedIn = metrics.time(AuthOperation.REFRESH, () -> refresh.handle(secret, ClientInfos.of(http)));
        return answer(loggedIn, response);
    }

    @PostMapping("/logout")
    @SecurityRequirements
    @Operation(
            summary = "Log out",
            description = "Revokes the session of the refresh token (cookie or body) and clears both cookies. The"
                    + " access token stays valid until it expires (15 minutes by default).")
    @ApiResponse(responseCode = "200", description = "Logged out")
    MessageResponse logout(
            @Valid @RequestBody(required = false) RefreshRequest request,
            HttpServletRequest http,
            HttpServletResponse response) {
        String secret = refreshToken(request, http);
        metrics.time(AuthOperation.LOGOUT, () -> logout.handle(secret, ClientInfos.of(http)));
        cookies.clear(response);
        return MessageResponse.ok("Logged out");
    }

    @PostMapping("/logout-all")
    @Operation(
            summary = "Log out everywhere",
            description = "Revokes every session of the caller's account and clears this client's cookies.")
    @ApiResponse(responseCode = "200", description = "Every session ended")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    MessageResponse logoutAll(HttpServletRequest http, HttpServletResponse response) {
        UUID userId = Ids.uuidOrNull(Caller.current().userId());
        if (userId == null) {
            throw DomainException.notFound("User " + Caller.current().userId() + " not found");
        }
        int sessions = metrics.time(AuthOperation.LOGOUT, () -> logoutEverywhere.handle(userId, ClientInfos.of(http)));
        cookies.clear(response);
        return MessageResponse.ok("Logged out of " + sessions + " session(s)");
    }

    @PostMapping("/switch-organization")
    @Operation(
            summary = "Act in another organization",
            description = "Re-issues tokens (body and cookies) for a membership of the caller; platform"
                    + " administrators may enter any active organization. The session presented (refresh cookie,"
                    + " or refreshToken in the body for clients that keep it) is replaced.")
    @ApiResponse(responseCode = "200", description = "New tokens for that organization")
    @ApiResponse(responseCode = "403", description = "Not an active member of that organization")
    SessionResponse switchOrganization(
            @Valid @RequestBody SwitchRequest request, HttpServletRequest http, HttpServletResponse response) {
        AccessTokenClaims caller = Caller.current();
        UUID userId = Ids.uuidOrNull(caller.userId());
        if (userId == null) {
            throw DomainException.notFound("User " + caller.userId() + " not found");
        }
        LoggedIn loggedIn = switchOrganization.handle(new SwitchOrganization.Switch(
                userId,
                request.organizationId(),
                presentedRefreshToken(request.refreshToken(), http),
                ClientInfos.of(http)));
        return answer(loggedIn, response);
    }

    @GetMapping("/access-profile")
    @Operation(summary = "The caller's role, permissions and scope, as their access token carries them")
    @ApiResponse(responseCode = "200", description = "The access profile")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    AccessProfile accessProfile() {
        AccessProfile profile = AccessProfile.of(Caller.current());
        return new AccessProfile(ClientValues.clientRole(profile.role()), profile.permissions(), profile.scope());
    }

    private SessionResponse answer(LoggedIn loggedIn, HttpServletResponse response) {
        cookies.write(response, loggedIn.session());
        return SessionResponse.of(
                views.withGrant(loggedIn.user(), loggedIn.session().grant()), loggedIn.session());
    }

    private static String refreshToken(RefreshRequest request, HttpServletRequest http) {
        return presentedRefreshToken(request == null ? null : request.refreshToken(), http);
    }

    /** The refresh token from the body if given, else from its cookie. */
    private static String presentedRefreshToken(String fromBody, HttpServletRequest http) {
        if (fromBody != null && !fromBody.isBlank()) {
            return fromBody;
        }
        return SessionCookies.refreshToken(http).orElse(null);
    }

    record LoginRequest(
            @Email @Size(max = 254) String email,
            @Size(max = 32) String phone,
            @NotBlank @Size(max = 128) String password) {}

    record RefreshRequest(@Size(max = 200) String refreshToken) {}

    record SwitchRequest(
            @NotNull UUID organizationId, @Size(max = 200) String refreshToken) {}
}
