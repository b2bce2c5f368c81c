package io.evzone.auth.organization.application;

import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipStatus;
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

/**
 * Changes a member's role or suspends / reactivates the membership. The new role reaches the
 * member's tokens at their next refresh (within the access token lifetime). An organization keeps
 * at least one active {@code org_admin} unless a platform administrator decides otherwise.
 */
@Service
public class ChangeMembership {

    private final Memberships memberships;
    private final AuthEvents events;
    private final AuditTrail audit;

    public ChangeMembership(Memberships memberships, AuthEvents events, AuditTrail audit) {
        this.memberships = memberships;
        this.events = events;
        this.audit = audit;
    }

    public record Change(
            UUID organizationId,
            UUID userId,
            String role,
            MembershipStatus status,
            AccessTokenClaims caller,
            ClientInfo client) {

        public Change {
            if (status == MembershipStatus.INVITED) {
                throw DomainException.invalid("status: must be ACTIVE or SUSPENDED");
            }
        }
    }

    @Transactional
    public Membership handle(Change change) {
        OrganizationAccess.requireManageMembers(change.caller(), change.organizationId());
        Membership current = memberships
                .find(change.userId(), change.organizationId())
                .orElseThrow(() -> DomainException.notFound("Membership of user " + change.userId() + " not found"));
        Membership changed = current;
        if (change.role() != null) {
            changed =
                    changed.withRole(Roles.requireMembershipRole(change.role()).code());
        }
        if (change.status() != null && current.status() != MembershipStatus.INVITED) {
            changed = changed.withStatus(change.status());
        }
        if (changed.equals(current)) {
            return current;
        }
        requireAnotherAdmin(current, changed, change.caller());
        memberships.update(changed);
        publish(current, changed, change);
        return changed;
    }

    private void requireAnotherAdmin(Membership current, Membership changed, AccessTokenClaims caller) {
        boolean losesAdmin = Roles.ORG_ADMIN.code().equals(current.role())
                && current.isActive()
                && (!Roles.ORG_ADMIN.code().equals(changed.role()) || !changed.isActive());
        if (losesAdmin
                && !caller.isPlatformAdmin()
                && memberships.countActive(current.organizationId(), Roles.ORG_ADMIN.code()) <= 1) {
            throw DomainException.conflict("An organization needs at least one active org_admin");
        }
    }

    private void publish(Membership current, Membership changed, Change change) {
        String actor = change.caller().userId();
        String user = changed.userId().toString();
        String org = changed.organizationId().toString();
        events.publish(
                changed.userId(),
                new MembershipChanged(
                        user, org, changed.role(), changed.status().name(), MembershipChanged.UPDATED, actor));
        if (!current.role().equals(changed.role())) {
            events.publish(changed.userId(), new UserRoleChanged(user, org, current.role(), changed.role(), actor));
        }
        audit.record(
                AuditEntry.of(AuditType.ROLE_CHANGED)
                        .user(changed.userId())
                        .organization(changed.organizationId())
                        .actor(actor)
                        .detail(current.role() + " " + current.status() + " -> " + changed.role() + " "
                                + changed.status()),
                change.client());
    }
}
