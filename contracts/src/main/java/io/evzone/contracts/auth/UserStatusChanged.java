package io.evzone.contracts.auth;

/**
 * An administrator suspended or reactivated an account.
 *
 * @param userId the user's id
 * @param previousStatus the status before ({@code ACTIVE}, {@code SUSPENDED}, ...)
 * @param status the status now
 * @param changedBy id of the administrator
 */
public record UserStatusChanged(String userId, String previousStatus, String status, String changedBy) {}
