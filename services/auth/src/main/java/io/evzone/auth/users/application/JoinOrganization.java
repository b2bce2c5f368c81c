package io.evzone.auth.users.application;

import io.evzone.auth.account.application.OneTimeSecrets;
import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.MembershipDetails;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder of an invitation link accepts it: an existing account joins the organization. An
 * account the invitation created still needs a password, so the link is left unspent and the
 * answer says so; the client then asks for one ({@link AcceptInvitation}).
 */
@Service
public class JoinOrganization {

    private final OneTimeSecrets secrets;
    private final Users users;
    private final Organizations organizations;
    private final InvitedMemberships invitedMemberships;
    private final AuditTrail audit;
    private final AbuseLimits limits;

    public JoinOrganization(
            OneTimeSecrets secrets,
            Users users,
            Organizations organizations,
            InvitedMemberships invitedMemberships,
            AuditTrail audit,
            AbuseLimits limits) {
        this.secrets = secrets;
        this.users = users;
        this.organizations = organizations;
        this.invitedMemberships = invitedMemberships;
        this.audit = audit;
        this.limits = limits;
    }

    /** What became of the link: joined, or a password is needed first. */
    public record Outcome(boolean joined, boolean passwordRequired, UUID organizationId, String organizationName) {}

    @Transactional
    public Outcome handle(String token, ClientInfo client) {
        limits.resetAttempt(client);
        OneTimeToken invitation = secrets.peek(token, OneTimeToken.Purpose.INVITATION)
                .orElseThrow(() -> DomainException.invalid(AcceptInvitation.INVALID));
        User user = users.byId(invitation.userId())
                .filter(u -> !u.isDeleted())
                .orElseThrow(() -> DomainException.invalid(AcceptInvitation.INVALID));
        String organizationName = invitation.organizationId() == null
                ? null
                : organizations
                        .byId(invitation.organizationId())
                        .map(Organization::name)
                        .orElse(null);
        if (user.isInvited()) {
            return new Outcome(false, true, invitation.organizationId(), organizationName);
        }
        secrets.redeem(token, null, OneTimeToken.Purpose.INVITATION)
                .orElseThrow(() -> DomainException.invalid(AcceptInvitation.INVALID));
        List<MembershipDetails> joined = invitedMemberships.activate(user, invitation);
        for (MembershipDetails membership : joined) {
            audit.record(
                    AuditEntry.of(AuditType.INVITATION_ACCEPTED)
                            .user(user.id())
                            .organization(membership.organizationId())
                            .detail("role " + membership.role()),
                    client);
        }
        return new Outcome(true, false, invitation.organizationId(), organizationName);
    }
}
