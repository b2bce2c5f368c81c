package io.evzone.auth.account.web;

import io.evzone.auth.account.application.RegisterUser;
import io.evzone.auth.account.application.RequestPasswordReset;
import io.evzone.auth.account.application.ResendVerificationEmail;
import io.evzone.auth.account.application.ResetPassword;
import io.evzone.auth.account.application.VerifyEmail;
import io.evzone.auth.shared.web.ClientInfos;
import io.evzone.auth.shared.web.MessageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Account", description = "Registration, email verification and password reset (public)")
@SecurityRequirements
class AccountController {

    static final String REGISTERED =
            "Registration received. Check your email for a link to verify your address, then log in.";
    static final String VERIFICATION_SENT =
            "If the address belongs to an account waiting for verification, a new link is on its way.";
    static final String RESET_SENT = "If the address or number belongs to an account, a reset code is on its way.";

    private final RegisterUser register;
    private final VerifyEmail verifyEmail;
    private final ResendVerificationEmail resendVerification;
    private final RequestPasswordReset requestReset;
    private final ResetPassword resetPassword;

    AccountController(
            RegisterUser register,
            VerifyEmail verifyEmail,
            ResendVerificationEmail resendVerification,
            RequestPasswordReset requestReset,
            ResetPassword resetPassword) {
        this.register = register;
        this.verifyEmail = verifyEmail;
        this.resendVerification = resendVerification;
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register an account",
            description = "Creates a pending account and emails a verification link; does not log in. The answer is"
                    + " the same for an address that already has an account (its owner is told by email)."
                    + " Rate limited (3/min per client and per address).")
    @ApiResponse(responseCode = "201", description = "Registration received")
    @ApiResponse(responseCode = "400", description = "Invalid fields or a password the policy refuses")
    @ApiResponse(responseCode = "429", description = "Too many requests (Retry-After)")
    RegisterResponse register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        var registered = register.handle(new RegisterUser.Registration(
                request.email(), request.name(), request.password(), request.phone(), ClientInfos.of(http)));
        return new RegisterResponse(true, REGISTERED, new RegisteredUser(registered.userId(), registered.email()));
    }

    @PostMapping("/verify-email")
    @Operation(summary = "Verify an email address with the emailed link's token")
    @ApiResponse(responseCode = "200", description = "Verified; the account is active")
    @ApiResponse(responseCode = "400", description = "Invalid, used or expired token")
    MessageResponse verifyEmail(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        verifyEmail.handle(request.token(), ClientInfos.of(http));
        return MessageResponse.ok("Email address verified. You can log in now.");
    }

    @PostMapping("/resend-verification-email")
    @Operation(
            summary = "Send a new verification link",
            description = "Always answers the same, whether or not the address has a pending account."
                    + " Rate limited (3/min per client and per address).")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ApiResponse(responseCode = "429", description = "Too many requests (Retry-After)")
    MessageResponse resendVerification(@Valid @RequestBody EmailRequest request, HttpServletRequest http) {
        resendVerification.handle(request.email(), ClientInfos.of(http));
        return MessageResponse.ok(VERIFICATION_SENT);
    }

    @PostMapping("/forgot-password")
    @Operation(
            summary = "Ask for a password reset code",
            description = "Sends a code and a link by email, or a code by SMS when a phone number is given. Always"
                    + " answers the same. Codes are valid for 15 minutes, once. Rate limited (3/min).")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ApiResponse(responseCode = "429", description = "Too many requests (Retry-After)")
    MessageResponse forgotPassword(@Valid @RequestBody ForgotPasswordRequest request, HttpServletRequest http) {
        requestReset.handle(request.email(), request.phone(), ClientInfos.of(http));
        return MessageResponse.ok(RESET_SENT);
    }

    @PostMapping("/reset-password")
    @Operation(
            summary = "Set a new password with a reset token or code",
            description = "Ends every session of the account. Rate limited (10/min per client).")
    @ApiResponse(responseCode = "200", description = "Password changed; log in with it")
    @ApiResponse(responseCode = "400", description = "Invalid or expired token or code, or a refused password")
    @ApiResponse(responseCode = "429", description = "Too many attempts (Retry-After)")
    MessageResponse resetPassword(@Valid @RequestBody ResetPasswordRequest request, HttpServletRequest http) {
        resetPassword.handle(
                new ResetPassword.Reset(request.token(), request.code(), request.newPassword(), ClientInfos.of(http)));
        return MessageResponse.ok("Password changed. Log in with your new password.");
    }

    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 128) String password,
            @Size(max = 32) String phone) {}

    record RegisteredUser(UUID id, String email) {}

    record RegisterResponse(boolean success, String message, RegisteredUser user) {}

    record TokenRequest(@NotBlank @Size(max = 200) String token) {}

    record EmailRequest(@NotBlank @Email @Size(max = 254) String email) {}

    record ForgotPasswordRequest(
            @Email @Size(max = 254) String email,
            @Size(max = 32) String phone) {}

    record ResetPasswordRequest(
            @Size(max = 200) String token,
            @Size(max = 32) String code,
            @NotBlank @Size(max = 128) String newPassword) {}
}
