package io.evzone.contracts.auth;

/**
 * An account was deleted: its personal data (email, phone, name, password) is erased, its sessions
 * and memberships are gone, and only the id remains for history.
 *
 * @param userId the deleted user's id
 * @param deletedBy id of the administrator
 */
public record UserDeleted(String userId, String deletedBy) {}
