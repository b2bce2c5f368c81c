package io.evzone.auth.users.application;

import io.evzone.auth.account.application.SessionRevocation;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserStatusChanged;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends or reactivates an account. Suspension ends every session at once (refresh refused);
 * access tokens already issued expire within their lifetime.
 */
@Service
public class ChangeUserStatus {

    private final Users users;
    private final Memberships memberships;
    private final SessionRevocation sessions;
    private final AuthEvents events;
    private final AuditTrail audit;

    public ChangeUserStatus(
            Users users, Memberships memberships, SessionRevocation sessions, AuthEvents events, AuditTrail audit) {
        this.users = users;
        this.memberships = memberships;
        this.sessions = sessions;
        this.events = events;
        this.audit = audit;
    }

    public record Change(UUID userId, boolean suspend, AccessTokenClaims caller, ClientInfo client) {}

    @Transactional
    public User handle(Change change) {
        User user = users.byId(change.userId())
                .orElseThrow(() -> DomainException.notFound("User " + change.userId() + " not found"));
        AdminScope.requireAccountControl(change.caller(), user, memberships.ofUser(user.id()));
        if (change.suspend() == (user.status() == UserStatus.SUSPENDED)) {
            return user;
        }
        User changed;
        if (change.suspend()) {
            AdminScope.requireNotSelf(change.caller(), user, "suspend");
            if (user.platformAdmin() && users.countPlatformAdmins() <= 1) {
                throw DomainException.conflict("The last platform administrator cannot be suspended");
            }
            changed = user.suspend();
        } else {
            changed = user.reactivate();
        }
        users.update(changed);
        if (change.suspend()) {
            sessions.revokeAll(user.id(), "suspended");
        }
        String actor = change.caller().userId();
        events.publish(
                user.id(),
                new UserStatusChanged(
                        user.id().toString(),
                        user.status().name(),
                        changed.status().name(),
                        actor));
        audit.record(
                AuditEntry.of(change.suspend() ? AuditType.USER_SUSPENDED : AuditType.USER_REACTIVATED)
                        .user(user.id())
                        .actor(actor),
                change.client());
        return changed;
    }
}
