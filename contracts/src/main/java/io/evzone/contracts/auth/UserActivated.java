package io.evzone.contracts.auth;

/**
 * A pending or invited account became active: the user verified their email address or accepted an
 * invitation.
 *
 * @param userId the user's id
 * @param via {@code email-verification}, {@code invitation} or {@code password-reset}
 */
public record UserActivated(String userId, String via) {}
