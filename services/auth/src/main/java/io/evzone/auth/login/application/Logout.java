package io.evzone.auth.login.application;

import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.token.application.RefreshTokenRotation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the session of the presented refresh token (its family). Holding the token is the proof, so
 * no access token is needed: a client whose access token expired can still log out.
 */
@Service
public class Logout {

    private final RefreshTokenRotation rotation;
    private final AuditTrail audit;

    public Logout(RefreshTokenRotation rotation, AuditTrail audit) {
        this.rotation = rotation;
        this.audit = audit;
    }

    /** Returns whether a session was ended. */
    @Transactional
    public boolean handle(String refreshSecret, ClientInfo client) {
        var token = rotation.find(refreshSecret);
        if (token.isEmpty()) {
            return false;
        }
        boolean revoked = rotation.revokeFamily(token.get().familyId(), "logout");
        if (revoked) {
            audit.record(
                    AuditEntry.of(AuditType.LOGGED_OUT)
                            .user(token.get().userId())
                            .organization(token.get().organizationId()),
                    client);
        }
        return revoked;
    }
}
