package io.evzone.auth.users.application;

import io.evzone.auth.account.application.AccountNotifications;
import io.evzone.auth.account.application.OneTimeSecrets;
import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.application.OrganizationAccess;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.organization.domain.Roles;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.AuthProperties;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.Ids;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserInvited;
import io.evzone.contracts.auth.UserRegistered;
import io.evzone.platform.security.AccessTokenClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites a person into an organization with a role. Nobody joins an organization without having
 * accepted: the account holder (or, without an account, the owner of the address, who then gets an
 * invited account) receives an emailed link, and the membership stays INVITED until the link is used.
 * The answer is the same whether the address has an account or not.
 */
@Service
public class InviteUser {

    private final Users users;
    private final Organizations organizations;
    private final Memberships memberships;
    private final OneTimeSecrets secrets;
    private final AccountNotifications notifications;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final AbuseLimits limits;
    private final AuthProperties properties;
    private final Clock clock;

    public InviteUser(
            Users users,
            Organizations organizations,
            Memberships memberships,
            OneTimeSecrets secrets,
            AccountNotifications notifications,
            AuthEvents events,
            AuditTrail audit,
            AbuseLimits limits,
            AuthProperties properties,
            Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.memberships = memberships;
        this.secrets = secrets;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whom to invite: by {@code email}, or by the {@code userId} of an account that has one. */
    public record Invitation(
            String email,
            UUID userId,
            String role,
            UUID organizationId,
            String name,
            AccessTokenClaims caller,
            ClientInfo client) {}

    /** What the inviter learns: nothing about the account behind the address. */
    public record Sent(String email, String role, UUID organizationId) {}

    @Transactional
    public Sent handle(Invitation invitation) {
        AccessTokenClaims caller = invitation.caller();
        UUID orgId = invitation.organizationId() != null
                ? invitation.organizationId()
                : caller.organizationId() == null ? null : Ids.uuidOrNull(caller.organizationId());
        if (orgId == null) {
            throw DomainException.invalid("organizationId: is required when you act in no organization");
        }
        OrganizationAccess.requireManageMembers(caller, orgId);
        Organization organization = organizations
                .byId(orgId)
                .filter(Organization::isActive)
                .orElseThrow(() -> DomainException.notFound("Organization " + orgId + " not found"));
        String role = Roles.requireMembershipRole(invitation.role()).code();
        String email = invitation.email() != null ? Emails.normalize(invitation.email()) : emailOf(invitation.userId());
        Sent sent = new Sent(email, role, organization.id());
        if (email == null) {
            if (invitation.userId() == null) {
                throw DomainException.invalid("email: must not be blank");
            }
            return sent; // an unknown id, or an account without an address, looks like any other
        }
        limits.codeSending(email, invitation.client());
        Optional<User> existing = users.byEmail(email);
        if (existing.isPresent() && existing.get().isDeleted()) {
            return sent;
        }
        User user = existing.orElseGet(() -> newInvitedAccount(email, invitation.name()));
        Optional<Membership> current = memberships.find(user.id(), organization.id());
        // Already in the organization, which the inviter can see anyway: nothing to send.
        if (current.isEmpty() || current.get().status() == MembershipStatus.INVITED) {
            invite(user, current, organization, role, invitation);
        }
        return sent;
    }

    private String emailOf(UUID userId) {
        return userId == null
                ? null
                : users.byId(userId)
                        .filter(u -> !u.isDeleted())
                        .map(User::email)
                        .orElse(null);
    }

    private User newInvitedAccount(String email, String name) {
        User user = User.invite(UUID.randomUUID(), email, name, clock.instant());
        users.add(user);
        events.publish(
                user.id(),
                new UserRegistered(
                        user.id().toString(),
                        email,
                        null,
                        user.name(),
                        UserRegistered.INVITATION,
                        user.status().name()));
        return user;
    }

    private void invite(
            User user, Optional<Membership> current, Organization organization, String role, Invitation inv) {
        Instant now = clock.instant();
        String actor = inv.caller().userId();
        if (current.isEmpty()) {
            memberships.add(new Membership(user.id(), organization.id(), role, MembershipStatus.INVITED, now));
        } else if (!current.get().role().equals(role)) {
            memberships.update(current.get().withRole(role));
        }
        var issued = secrets.issueInvitation(user.id(), organization.id(), properties.invitationTtl());
        notifications.invitation(user, organization.name(), role, issued.token(), issued.expiresAt());
        events.publish(
                user.id(),
                new UserInvited(
                        user.id().toString(), user.email(), organization.id().toString(), role, actor));
        audit.record(
                AuditEntry.of(AuditType.USER_INVITED)
                        .user(user.id())
                        .organization(organization.id())
                        .actor(actor)
                        .identifier(user.email())
                        .detail("role " + role),
                inv.client());
    }
}
