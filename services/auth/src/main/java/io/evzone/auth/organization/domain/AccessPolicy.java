package io.evzone.auth.organization.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides the role and organization a session acts with.
 *
 * <ul>
 *   <li>The organization is the one asked for, else the one the user last switched to, else their
 *       oldest membership; only usable memberships count (active, in an active organization).
 *   <li>A member acts with their membership's role.
 *   <li>A platform administrator acts as {@code super_admin} (every permission), in the chosen
 *       organization if any.
 *   <li>Anyone else acts as a {@code driver}, in no organization.
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static AccessGrant resolve(
            boolean platformAdmin, List<MembershipDetails> memberships, UUID preferred, UUID lastUsed) {
        Optional<MembershipDetails> active = choose(memberships, preferred)
                .or(() -> choose(memberships, lastUsed))
                .or(() -> memberships.stream()
                        .filter(MembershipDetails::usable)
                        .min(Comparator.comparing(MembershipDetails::createdAt)));
        if (platformAdmin) {
            return platformAdmin(
                    active.map(MembershipDetails::organizationId).orElse(null),
                    active.map(MembershipDetails::organizationName).orElse(null));
        }
        return active.map(AccessPolicy::member).orElseGet(AccessPolicy::personal);
    }

    /** A platform administrator acting in an organization (member or not), or in none. */
    public static AccessGrant platformAdmin(UUID organizationId, String organizationName) {
        return new AccessGrant(
                Roles.SUPER_ADMIN.code(),
                Roles.SUPER_ADMIN.permissions(),
                organizationId,
                organizationName,
                AccessGrant.Scope.PLATFORM);
    }

    /** The usable membership in {@code organizationId}, if the user has one. */
    public static Optional<MembershipDetails> choose(List<MembershipDetails> memberships, UUID organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        return memberships.stream()
                .filter(m -> m.organizationId().equals(organizationId) && m.usable())
                .findFirst();
    }

    public static AccessGrant member(MembershipDetails membership) {
        Role role = Roles.find(membership.role()).orElse(Roles.DRIVER);
        return new AccessGrant(
                role.code(),
                role.permissions(),
                membership.organizationId(),
                membership.organizationName(),
                AccessGrant.Scope.ORGANIZATION);
    }

    static AccessGrant personal() {
        return new AccessGrant(Roles.DRIVER.code(), Roles.DRIVER.permissions(), null, null, AccessGrant.Scope.PERSONAL);
    }
}
