package io.evzone.auth.login.application;

import io.evzone.auth.account.application.SessionRevocation;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.ClientInfo;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller ends every session of their account, on every device. */
@Service
public class LogoutEverywhere {

    private final SessionRevocation sessions;
    private final AuditTrail audit;

    public LogoutEverywhere(SessionRevocation sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Returns how many sessions ended. */
    @Transactional
    public int handle(UUID userId, ClientInfo client) {
        int revoked = sessions.revokeAll(userId, "logout-all");
        audit.record(
                AuditEntry.of(AuditType.LOGGED_OUT_EVERYWHERE).user(userId).detail(revoked + " session(s)"), client);
        return revoked;
    }
}
