package io.evzone.auth.token.application;

import io.evzone.auth.account.application.SessionRevocation;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.contracts.auth.UserSessionsRevoked;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends every session of a user: their refresh token families are revoked and the platform is told. */
@Service
public class RevokeSessions implements SessionRevocation {

    private final RefreshTokenRotation rotation;
    private final AuthEvents events;

    public RevokeSessions(RefreshTokenRotation rotation, AuthEvents events) {
        this.rotation = rotation;
        this.events = events;
    }

    @Override
    @Transactional
    public int revokeAll(UUID userId, String reason) {
        int revoked = rotation.revokeAllOf(userId, reason);
        events.publish(userId, new UserSessionsRevoked(userId.toString(), "ALL", reason));
        return revoked;
    }
}
