package io.evzone.contracts.auth;

/**
 * A user's membership of an organization was added, changed or removed.
 *
 * @param userId the member
 * @param organizationId the organization
 * @param role the membership's role (after the change; before it for {@code REMOVED})
 * @param status {@code ACTIVE}, {@code INVITED} or {@code SUSPENDED} (after the change)
 * @param change {@code ADDED}, {@code UPDATED} or {@code REMOVED}
 * @param changedBy id of the user who made the change
 */
public record MembershipChanged(
        String userId, String organizationId, String role, String status, String change, String changedBy) {

    public static final String ADDED = "ADDED";
    public static final String UPDATED = "UPDATED";
    public static final String REMOVED = "REMOVED";
}
