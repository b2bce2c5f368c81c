package io.evzone.auth.team.application;

import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.shared.Ids;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The team is the organization the caller's token is active in; its members are those who joined
 * (an invitation not yet accepted does not make anyone a member of the team).
 */
@Component
public class TeamScope {

    private final Memberships memberships;

    public TeamScope(Memberships memberships) {
        this.memberships = memberships;
    }

    public UUID organizationOf(AccessTokenClaims caller) {
        UUID organization = caller.organizationId() == null ? null : Ids.uuidOrNull(caller.organizationId());
        if (organization == null) {
            throw DomainException.forbidden("Team management needs an active organization");
        }
        return organization;
    }

    /** The member's membership in the caller's organization, or 404. */
    public Membership member(AccessTokenClaims caller, UUID userId) {
        return memberships
                .find(userId, organizationOf(caller))
                .filter(m -> m.status() != MembershipStatus.INVITED)
                .orElseThrow(() -> DomainException.notFound("Team member " + userId + " not found"));
    }
}
