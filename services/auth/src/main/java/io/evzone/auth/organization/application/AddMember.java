package io.evzone.auth.organization.application;

import io.evzone.auth.account.application.AccountNotifications;
import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.shared.messaging.AuthEvents;
import io.evzone.contracts.auth.MembershipChanged;
import io.evzone.contracts.auth.UserRoleChanged;
import io.evzone.platform.security.AccessTokenClaims;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds an existing account to an organization with a role; the member is told by email. To bring
 * in someone without an account, invite them ({@code POST /api/v1/users/invite}).
 */
@Service
public class AddMember {

    private final Organizations organizations;
    private final Memberships memberships;
    private final Users users;
    private final AccountNotifications notifications;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public AddMember(
            Organizations organizations,
            Memberships memberships,
            Users users,
            AccountNotifications notifications,
            AuthEvents events,
            AuditTrail audit,
            Clock clock) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.users = users;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public record Addition(
            UUID organizationId, UUID userId, String email, String role, AccessTokenClaims caller, ClientInfo client) {}

    @Transactional
    public Membership handle(Addition addition) {
        OrganizationAccess.requireManageMembers(addition.caller(), addition.organizationId());
        Organization organization = organizations
                .byId(addition.organizationId())
                .orElseThrow(
                        () -> DomainException.notFound("Organization " + addition.organizationId() + " not found"));
        User user = find(addition)
                .filter(u -> !u.isDeleted())
                .orElseThrow(
                        () -> DomainException.notFound("No account with this id or email; invite the person instead"));
        Membership membership =
                new Membership(user.id(), organization.id(), addition.role(), MembershipStatus.ACTIVE, clock.instant());
        memberships.add(membership);
        String actor = addition.caller().userId();
        events.publish(
                user.id(),
                new MembershipChanged(
                        user.id().toString(),
                        organization.id().toString(),
                        membership.role(),
                        membership.status().name(),
                        MembershipChanged.ADDED,
                        actor));
        events.publish(
                user.id(),
                new UserRoleChanged(
                        user.id().toString(), organization.id().toString(), null, membership.role(), actor));
        notifications.addedToOrganization(user, organization.name(), membership.role());
        audit.record(
                AuditEntry.of(AuditType.MEMBERSHIP_ADDED)
                        .user(user.id())
                        .organization(organization.id())
                        .actor(actor)
                        .detail("role " + membership.role()),
                addition.client());
        return membership;
    }

    private Optional<User> find(Addition addition) {
        if (addition.userId() != null) {
            return users.byId(addition.userId());
        }
        String email = Emails.normalize(addition.email());
        if (email == null) {
            throw DomainException.invalid("userId or email is required");
        }
        return users.byEmail(email);
    }
}
