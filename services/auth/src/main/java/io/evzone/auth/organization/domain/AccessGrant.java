package io.evzone.auth.organization.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a session may do: the role and permissions it acts with, in which organization. This is what
 * an access token carries.
 *
 * @param role the role code
 * @param permissions its permission codes
 * @param organizationId the active organization, or null
 * @param organizationName its name, or null
 * @param scope how far the permissions reach
 */
public record AccessGrant(
        String role, Set<String> permissions, UUID organizationId, String organizationName, Scope scope) {

    public enum Scope {
        /** A platform administrator: every organization. */
        PLATFORM,
        /** A member acting in one organization. */
        ORGANIZATION,
        /** A user without an organization: their own data only. */
        PERSONAL
    }

    public AccessGrant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        permissions = Set.copyOf(permissions);
    }
}
