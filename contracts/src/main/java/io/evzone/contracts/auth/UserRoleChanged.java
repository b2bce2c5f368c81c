package io.evzone.contracts.auth;

/**
 * A user's role changed: within one organization, or (with a null organization) the platform-wide
 * {@code super_admin} role was granted or withdrawn.
 *
 * @param userId the user's id
 * @param organizationId the organization, or null for the platform role
 * @param previousRole the role before, or null when there was none
 * @param role the role now, or null when it was withdrawn
 * @param changedBy id of the user who made the change
 */
public record UserRoleChanged(
        String userId, String organizationId, String previousRole, String role, String changedBy) {}
