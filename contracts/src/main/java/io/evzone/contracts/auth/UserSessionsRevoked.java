package io.evzone.contracts.auth;

/**
 * Some or all of a user's sessions (refresh token families) were revoked. Access tokens already
 * issued stay valid until they expire (15 minutes by default); services that hold long-lived
 * connections for the user (server-sent events) may close them on this event.
 *
 * @param userId the user
 * @param scope {@code ALL} (log out everywhere, force logout, password change, suspension) or {@code FAMILY}
 * @param reason why, such as {@code force-logout}, {@code password-changed}, {@code refresh-token-reuse}
 */
public record UserSessionsRevoked(String userId, String scope, String reason) {}
