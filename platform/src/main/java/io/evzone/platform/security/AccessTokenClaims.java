package io.evzone.platform.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What an access token says about its bearer. Every service checks permissions from these claims
 * locally, without calling the auth service.
 *
 * @param userId the user's id
 * @param email the user's email, when the account has one
 * @param organizationId the active organization, or null for a user without membership
 * @param role the role code within that organization, such as {@code station_manager}
 * @param permissions permission codes such as {@code stations.write}
 * @param expiresAt when the token stops being accepted
 */
public record AccessTokenClaims(
        String userId, String email, String organizationId, String role, Set<String> permissions, Instant expiresAt) {

    /** Held by the platform super admin: every permission, in every organization. */
    public static final String PLATFORM_ADMIN = io.evzone.contracts.Permissions.PLATFORM_ADMIN;

    public AccessTokenClaims {
        Objects.requireNonNull(userId, "userId");
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return permissions.contains(permission) || permissions.contains(PLATFORM_ADMIN);
    }

    public boolean isPlatformAdmin() {
        return permissions.contains(PLATFORM_ADMIN);
    }
}
