package io.evzone.auth.users.application;

import io.evzone.auth.account.application.SessionRevocation;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserDeleted;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account: personal data erased (the email and phone can register again), sessions
 * and memberships gone, the id kept for history (audit log, sessions and payments elsewhere).
 */
@Service
public class DeleteUser {

    private final Users users;
    private final Memberships memberships;
    private final SessionRevocation sessions;
    private final AuthEvents events;
    private final AuditTrail audit;

    public DeleteUser(
            Users users, Memberships memberships, SessionRevocation sessions, AuthEvents events, AuditTrail audit) {
        this.users = users;
        this.memberships = memberships;
        this.sessions = sessions;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public void handle(UUID userId, AccessTokenClaims caller, ClientInfo client) {
        User user = users.byId(userId).orElseThrow(() -> DomainException.notFound("User " + userId + " not found"));
        AdminScope.requireAccountControl(caller, user, memberships.ofUser(userId));
        AdminScope.requireNotSelf(caller, user, "delete");
        if (user.platformAdmin() && users.countPlatformAdmins() <= 1) {
            throw DomainException.conflict("The last platform administrator cannot be deleted");
        }
        sessions.revokeAll(userId, "deleted");
        memberships.removeAllOf(userId);
        users.update(user.delete());
        events.publish(userId, new UserDeleted(userId.toString(), caller.userId()));
        audit.record(AuditEntry.of(AuditType.USER_DELETED).user(userId).actor(caller.userId()), client);
    }
}
