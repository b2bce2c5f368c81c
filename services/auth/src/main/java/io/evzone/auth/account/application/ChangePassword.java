package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.domain.PasswordPolicy;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A logged-in user replaces their password, proving the current one. Every session of the account
 * ends; the caller starts a fresh one for the device that made the change.
 */
@Service
public class ChangePassword {

    private final Users users;
    private final PasswordHasher hasher;
    private final SessionRevocation sessions;
    private final AccountNotifications notifications;
    private final AuditTrail audit;
    private final AbuseLimits limits;
    private final Clock clock;

    public ChangePassword(
            Users users,
            PasswordHasher hasher,
            SessionRevocation sessions,
            AccountNotifications notifications,
            AuditTrail audit,
            AbuseLimits limits,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.notifications = notifications;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    public record Change(UUID userId, String currentPassword, String newPassword, ClientInfo client) {}

    @Transactional
    public User handle(Change change) {
        limits.resetAttempt(change.client());
        User user = users.byId(change.userId())
                .filter(u -> !u.isDeleted())
                .orElseThrow(() -> DomainException.notFound("User " + change.userId() + " not found"));
        if (!hasher.matches(change.currentPassword(), user.passwordHash())) {
            throw DomainException.invalid("currentPassword: is not your current password");
        }
        if (change.newPassword() != null && change.newPassword().equals(change.currentPassword())) {
            throw DomainException.invalid("newPassword: must differ from the current password");
        }
        PasswordPolicy.enforce(change.newPassword(), user.email(), user.phone(), user.name());
        User changed = user.withPassword(hasher.hash(change.newPassword()));
        users.update(changed);
        sessions.revokeAll(user.id(), "password-changed");
        notifications.passwordChanged(changed, clock.instant());
        audit.record(
                AuditEntry.of(AuditType.PASSWORD_CHANGED)
                        .user(user.id())
                        .actor(user.id().toString()),
                change.client());
        return changed;
    }
}
