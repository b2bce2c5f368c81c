package io.evzone.auth.users.application;

import io.evzone.auth.account.domain.UserStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user as the API shows them (login, refresh, {@code /users/me}, admin views): the fields EVZone
 * clients read, plus a few more. Never a password or token hash.
 *
 * @param role the role the user acts with in {@code organizationId}
 * @param permissions that role's permission codes, sorted
 * @param memberships the organizations the user belongs to (for an org admin's view, only theirs)
 * @param stationContext in the user's own payload, the station assignment they selected in {@code
 *     organizationId} ({@code POST /users/me/station-context}); else null
 */
public record UserView(
        UUID id,
        String email,
        String phone,
        String name,
        String country,
        UserStatus status,
        String role,
        List<String> permissions,
        UUID organizationId,
        String organizationName,
        List<MembershipView> memberships,
        boolean mustChangePassword,
        boolean twoFactorEnabled,
        boolean emailVerified,
        boolean platformAdmin,
        Instant createdAt,
        Instant lastLoginAt,
        StationContext stationContext) {

    /** One membership as the user payload shows it. */
    public record MembershipView(UUID organizationId, String organizationName, String role, String status) {}

    /** The station the user works at now: one of their active station assignments. */
    public record StationContext(UUID assignmentId, String stationId, String role) {}
}
