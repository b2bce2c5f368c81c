package io.evzone.auth.organization.application;

import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.Roles;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.MembershipChanged;
import io.evzone.contracts.auth.UserRoleChanged;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes a member from an organization; their next refresh falls back to another membership. */
@Service
public class RemoveMember {

    private final Memberships memberships;
    private final AuthEvents events;
    private final AuditTrail audit;

    public RemoveMember(Memberships memberships, AuthEvents events, AuditTrail audit) {
        this.memberships = memberships;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public void handle(UUID organizationId, UUID userId, AccessTokenClaims caller, ClientInfo client) {
        OrganizationAccess.requireManageMembers(caller, organizationId);
        Membership current = memberships
                .find(userId, organizationId)
                .orElseThrow(() -> DomainException.notFound("Membership of user " + userId + " not found"));
        if (Roles.ORG_ADMIN.code().equals(current.role())
                && current.isActive()
                && !caller.isPlatformAdmin()
                && memberships.countActive(organizationId, Roles.ORG_ADMIN.code()) <= 1) {
            throw DomainException.conflict("An organization needs at least one active org_admin");
        }
        memberships.remove(userId, organizationId);
        String actor = caller.userId();
        events.publish(
                userId,
                new MembershipChanged(
                        userId.toString(),
                        organizationId.toString(),
                        current.role(),
                        current.status().name(),
                        MembershipChanged.REMOVED,
                        actor));
        events.publish(
                userId, new UserRoleChanged(userId.toString(), organizationId.toString(), current.role(), null, actor));
        audit.record(
                AuditEntry.of(AuditType.MEMBERSHIP_REMOVED)
                        .user(userId)
                        .organization(organizationId)
                        .actor(actor)
                        .detail("role " + current.role()),
                client);
    }
}
