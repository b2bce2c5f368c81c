package io.evzone.auth.users.application;

import io.evzone.auth.account.application.OneTimeSecrets;
import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.domain.PasswordPolicy;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserActivated;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person invited without an account chooses a password with the emailed link: the account and the
 * membership the invitation is for become active (the link proved the email address). Holders of an
 * existing account accept with {@link JoinOrganization} instead; their password is never set here.
 */
@Service
public class AcceptInvitation {

    static final String INVALID = "Invalid or expired invitation";

    private final OneTimeSecrets secrets;
    private final Users users;
    private final InvitedMemberships invitedMemberships;
    private final PasswordHasher hasher;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final AbuseLimits limits;
    private final Clock clock;

    public AcceptInvitation(
            OneTimeSecrets secrets,
            Users users,
            InvitedMemberships invitedMemberships,
            PasswordHasher hasher,
            AuthEvents events,
            AuditTrail audit,
            AbuseLimits limits,
            Clock clock) {
        this.secrets = secrets;
        this.users = users;
        this.invitedMemberships = invitedMemberships;
        this.hasher = hasher;
        this.events = events;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    public record Acceptance(String token, String password, String name, ClientInfo client) {}

    @Transactional
    public User handle(Acceptance acceptance) {
        limits.resetAttempt(acceptance.client());
        OneTimeToken spent = secrets.redeem(acceptance.token(), null, OneTimeToken.Purpose.INVITATION)
                .orElseThrow(() -> DomainException.invalid(INVALID));
        User user = users.byId(spent.userId()).orElseThrow(() -> DomainException.invalid(INVALID));
        if (!user.isInvited()) {
            throw DomainException.conflict(
                    "This account already has a password: accept with GET /api/v1/auth/invitations/accept?token=");
        }
        String name = acceptance.name() == null || acceptance.name().isBlank() ? user.name() : acceptance.name();
        PasswordPolicy.enforce(acceptance.password(), user.email(), user.phone(), name);
        User active = user.acceptInvitation(hasher.hash(acceptance.password()), name, clock.instant());
        users.update(active);
        invitedMemberships.activate(user, spent);
        events.publish(user.id(), new UserActivated(user.id().toString(), "invitation"));
        audit.record(AuditEntry.of(AuditType.INVITATION_ACCEPTED).user(user.id()), acceptance.client());
        return active;
    }
}
