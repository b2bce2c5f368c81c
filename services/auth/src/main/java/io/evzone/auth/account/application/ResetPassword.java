package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.domain.PasswordPolicy;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserStatus;
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
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a new password with a reset link token or code. Spends the secret, ends every session of
 * the account, and tells the owner. A link sent by email also proves the address.
 */
@Service
public class ResetPassword {

    static final String INVALID = "Invalid or expired reset link or code";

    private final OneTimeSecrets secrets;
    private final Users users;
    private final PasswordHasher hasher;
    private final SessionRevocation sessions;
    private final AccountNotifications notifications;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final AbuseLimits limits;
    private final Clock clock;

    public ResetPassword(
            OneTimeSecrets secrets,
            Users users,
            PasswordHasher hasher,
            SessionRevocation sessions,
            AccountNotifications notifications,
            AuthEvents events,
            AuditTrail audit,
            AbuseLimits limits,
            Clock clock) {
        this.secrets = secrets;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    public record Reset(String token, String code, String newPassword, ClientInfo client) {

        public Reset {
            boolean hasToken = token != null && !token.isBlank();
            boolean hasCode = code != null && !code.isBlank();
            if (hasToken == hasCode) {
                throw DomainException.invalid("token or code is required (one of them)");
            }
        }
    }

    @Transactional
    public void handle(Reset reset) {
        limits.resetAttempt(reset.client());
        OneTimeToken spent = secrets.redeem(reset.token(), reset.code(), OneTimeToken.Purpose.PASSWORD_RESET)
                .orElseThrow(() -> DomainException.invalid(INVALID));
        User user = users.byId(spent.userId())
                .filter(u -> u.status() == UserStatus.ACTIVE || u.status() == UserStatus.PENDING)
                .orElseThrow(() -> DomainException.invalid(INVALID));
        PasswordPolicy.enforce(reset.newPassword(), user.email(), user.phone(), user.name());
        Instant now = clock.instant();
        User changed = user.withPassword(hasher.hash(reset.newPassword()));
        if (spent.channel() == OneTimeToken.Channel.EMAIL && user.status() == UserStatus.PENDING) {
            changed = changed.verifyEmail(now);
            events.publish(user.id(), new UserActivated(user.id().toString(), "password-reset"));
        }
        users.update(changed);
        sessions.revokeAll(user.id(), "password-reset");
        notifications.passwordChanged(changed, now);
        audit.record(
                AuditEntry.of(AuditType.PASSWORD_RESET).user(user.id()).detail("by " + spent.channel()),
                reset.client());
    }
}
