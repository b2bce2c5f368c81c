package io.evzone.auth.login.application;

import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;

/**
 * What the caller's access token lets them do, as {@code GET /api/v1/auth/access-profile} answers.
 *
 * @param role the role code; the web layer answers it as the clients name it
 * @param permissions permission codes, sorted
 * @param scope where they apply
 */
public record AccessProfile(String role, List<String> permissions, Scope scope) {

    /**
     * @param type {@code PLATFORM} (every organization), {@code ORGANIZATION} (one) or {@code PERSONAL}
     *     (the caller's own data)
     * @param organizationId the organization, or null
     * @param stationIds stations the scope is limited to; empty means every station of the scope
     *     (station-level assignments are not modelled yet)
     */
    public record Scope(String type, String organizationId, List<String> stationIds) {}

    public static AccessProfile of(AccessTokenClaims caller) {
        String organization = caller.organizationId();
        String type = caller.isPlatformAdmin() ? "PLATFORM" : organization != null ? "ORGANIZATION" : "PERSONAL";
        return new AccessProfile(
                caller.role(),
                caller.permissions().stream().sorted().toList(),
                new Scope(type, organization, List.of()));
    }
}
