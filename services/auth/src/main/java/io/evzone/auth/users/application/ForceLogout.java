package io.evzone.auth.users.application;

import io.evzone.auth.account.application.SessionRevocation;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator ends every session of a user: no refresh token of theirs works any more; access
 * tokens already issued expire within their lifetime (15 minutes by default).
 */
@Service
public class ForceLogout {

    private final Users users;
    private final Memberships memberships;
    private final SessionRevocation sessions;
    private final AuditTrail audit;

    public ForceLogout(Users users, Memberships memberships, SessionRevocation sessions, AuditTrail audit) {
        this.users = users;
        this.memberships = memberships;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Returns how many sessions ended. */
    @Transactional
    public int handle(UUID userId, AccessTokenClaims caller, ClientInfo client) {
        User user = users.byId(userId).orElseThrow(() -> DomainException.notFound("User " + userId + " not found"));
        AdminScope.requireVisible(caller, user, memberships.ofUser(userId));
        if (user.platformAdmin() && !caller.isPlatformAdmin()) {
            throw DomainException.forbidden("Only platform administrators log out a platform administrator");
        }
        int revoked = sessions.revokeAll(userId, "force-logout");
        audit.record(
                AuditEntry.of(AuditType.FORCE_LOGOUT)
                        .user(userId)
                        .actor(caller.userId())
                        .detail(revoked + " session(s) revoked"),
                client);
        return revoked;
    }
}
