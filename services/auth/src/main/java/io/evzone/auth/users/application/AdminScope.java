package io.evzone.auth.users.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.MembershipDetails;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;

/**
 * Which users an administrator may see and change. Platform administrators: everyone. Others: the
 * members of the organization their token is active in; and they change an account itself (profile,
 * status, deletion) only when it belongs to no other organization and is not a platform
 * administrator, so one tenant cannot lock a person out of another. An invitation the holder of an
 * existing account has not accepted gives the organization no hold on it: it does not count as a
 * membership here.
 */
final class AdminScope {

    private AdminScope() {}

    static void requireVisible(AccessTokenClaims caller, User user, List<MembershipDetails> memberships) {
        if (user.isDeleted() || !caller.isPlatformAdmin() && !inCallerOrganization(caller, user, memberships)) {
            throw DomainException.notFound("User " + user.id() + " not found");
        }
    }

    static void requireAccountControl(AccessTokenClaims caller, User user, List<MembershipDetails> memberships) {
        requireVisible(caller, user, memberships);
        if (caller.isPlatformAdmin()) {
            return;
        }
        if (user.platformAdmin()) {
            throw DomainException.forbidden("Only platform administrators change a platform administrator's account");
        }
        boolean elsewhere = memberships.stream()
                .anyMatch(m -> !m.organizationId().toString().equals(caller.organizationId()));
        if (elsewhere) {
            throw DomainException.forbidden(
                    "The user also belongs to other organizations; change their membership in yours instead");
        }
    }

    static void requireNotSelf(AccessTokenClaims caller, User user, String action) {
        if (user.id().toString().equals(caller.userId())) {
            throw DomainException.conflict("You cannot " + action + " your own account");
        }
    }

    private static boolean inCallerOrganization(
            AccessTokenClaims caller, User user, List<MembershipDetails> memberships) {
        return caller.organizationId() != null
                && memberships.stream()
                        .filter(m -> m.status() != MembershipStatus.INVITED || user.isInvited())
                        .anyMatch(m -> m.organizationId().toString().equals(caller.organizationId()));
    }
}
