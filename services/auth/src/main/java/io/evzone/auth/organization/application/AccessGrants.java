package io.evzone.auth.organization.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.AccessGrant;
import io.evzone.auth.organization.domain.AccessPolicy;
import io.evzone.auth.organization.domain.MembershipDetails;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.domain.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The role, permissions and organization a user's session acts with, from their memberships. */
@Component
public class AccessGrants {

    private final Memberships memberships;
    private final Organizations organizations;

    public AccessGrants(Memberships memberships, Organizations organizations) {
        this.memberships = memberships;
        this.organizations = organizations;
    }

    /**
     * The grant for a session that prefers {@code organizationId} (null for the default): a
     * membership there, else the usual fallback ({@link AccessPolicy#resolve}). A platform
     * administrator keeps an organization they are not a member of while it is active.
     */
    public AccessGrant resolve(User user, UUID requested) {
        List<MembershipDetails> mine = memberships.ofUser(user.id());
        // A platform administrator's last organization need not be a membership; it is restored like one.
        UUID organizationId = requested == null && user.platformAdmin() ? user.lastOrganizationId() : requested;
        if (user.platformAdmin()
                && organizationId != null
                && AccessPolicy.choose(mine, organizationId).isEmpty()) {
            Optional<Organization> organization =
                    organizations.byId(organizationId).filter(Organization::isActive);
            if (organization.isPresent()) {
                return AccessPolicy.platformAdmin(
                        organization.get().id(), organization.get().name());
            }
        }
        return AccessPolicy.resolve(user.platformAdmin(), mine, organizationId, user.lastOrganizationId());
    }

    /**
     * The grant for acting in {@code organizationId}, which the user must be able to use: an active
     * membership in an active organization, or any active organization for a platform administrator.
     */
    public AccessGrant switchTo(User user, UUID organizationId) {
        AccessGrant grant = resolve(user, organizationId);
        if (!organizationId.equals(grant.organizationId())) {
            throw DomainException.forbidden("You are not an active member of this organization");
        }
        return grant;
    }
}
