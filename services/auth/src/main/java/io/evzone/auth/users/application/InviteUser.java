package io.evzone.auth.users.application;

import io.evzone.auth.account.application.AccountNotifications;
import io.evzone.auth.account.application.OneTimeSecrets;
import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserStatus;
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
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.shared.messaging.AuthEvents;
import io.evzone.contracts.auth.MembershipChanged;
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
 * Invites a person into an organization with a role. Someone without an account gets an invited
 * account and an email link to choose a password; someone with an account becomes a member at once
 * and is told by email.
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
    private final UserViews views;
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
            UserViews views,
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
        this.views = views;
        this.clock = clock;
    }

    public record Invitation(
            String email, String role, UUID organizationId, String name, AccessTokenClaims caller, ClientInfo client) {}

    @Transactional
    public UserView handle(Invitation invitation) {
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
        String email = Emails.normalize(invitation.email());
        if (email == null) {
            throw DomainException.invalid("email: must not be blank");
        }
        limits.codeSending(email, invitation.client());
        Optional<User> existing = users.byEmail(email);
        User user = existing.isPresent() && existing.get().status() != UserStatus.INVITED
                ? addExisting(existing.get(), organization, role, invitation)
                : invite(existing, email, organization, role, invitation);
        return views.forAdmin(user, caller);
    }

    private User invite(Optional<User> existing, String email, Organization organization, String role, Invitation inv) {
        Instant now = clock.instant();
        String actor = inv.caller().userId();
        User user = existing.orElseGet(() -> User.invite(UUID.randomUUID(), email, inv.name(), now));
        if (existing.isEmpty()) {
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
        }
        Optional<Membership> current = memberships.find(user.id(), organization.id());
        if (current.isEmpty()) {
            memberships.add(new Membership(user.id(), organization.id(), role, MembershipStatus.INVITED, now));
        } else if (!current.get().role().equals(role)) {
            memberships.update(current.get().withRole(role));
        }
        var issued = secrets.issue(
                user.id(),
                OneTimeToken.Purpose.INVITATION,
                OneTimeToken.Channel.EMAIL,
                properties.invitationTtl(),
                false);
        notifications.invitation(user, organization.name(), role, issued.token(), issued.expiresAt());
        events.publish(
                user.id(),
                new UserInvited(user.id().toString(), email, organization.id().toString(), role, actor));
        audit.record(
                AuditEntry.of(AuditType.USER_INVITED)
                        .user(user.id())
                        .organization(organization.id())
                        .actor(actor)
                        .identifier(email)
                        .detail("role " + role),
                inv.client());
        return user;
    }

    private User addExisting(User user, Organization organization, String role, Invitation inv) {
        if (user.isDeleted()) {
            throw DomainException.conflict("This account was deleted");
        }
        Instant now = clock.instant();
        String actor = inv.caller().userId();
        memberships.add(new Membership(user.id(), organization.id(), role, MembershipStatus.ACTIVE, now));
        notifications.addedToOrganization(user, organization.name(), role);
        events.publish(
                user.id(),
                new MembershipChanged(
                        user.id().toString(),
                        organization.id().toString(),
                        role,
                        MembershipStatus.ACTIVE.name(),
                        MembershipChanged.ADDED,
                        actor));
        audit.record(
                AuditEntry.of(AuditType.MEMBERSHIP_ADDED)
                        .user(user.id())
                        .organization(organization.id())
                        .actor(actor)
                        .detail("role " + role + " (invited with an existing account)"),
                inv.client());
        return user;
    }
}
