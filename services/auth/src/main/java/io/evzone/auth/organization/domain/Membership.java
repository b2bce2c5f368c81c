package io.evzone.auth.organization.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's place in an organization: a role (one of {@link Roles#membershipRoles()}) and a status.
 */
public record Membership(UUID userId, UUID organizationId, String role, MembershipStatus status, Instant createdAt) {

    public Membership {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        role = Roles.requireMembershipRole(role).code();
    }

    public Membership withRole(String newRole) {
        return new Membership(userId, organizationId, newRole, status, createdAt);
    }

    public Membership withStatus(MembershipStatus newStatus) {
        return new Membership(userId, organizationId, role, newStatus, createdAt);
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }
}
