package io.evzone.auth.token.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.AccessGrant;
import io.evzone.auth.shared.ClientInfo;
import org.springframework.stereotype.Component;

/** Starts sessions (a new refresh token family) and continues them (after a rotation). */
@Component
public class SessionIssuer {

    private final RefreshTokenRotation rotation;
    private final AccessTokens accessTokens;

    public SessionIssuer(RefreshTokenRotation rotation, AccessTokens accessTokens) {
        this.rotation = rotation;
        this.accessTokens = accessTokens;
    }

    public IssuedSession start(User user, AccessGrant grant, ClientInfo client) {
        return continueWith(user, grant, rotation.startFamily(user.id(), grant.organizationId(), client));
    }

    public IssuedSession continueWith(User user, AccessGrant grant, RefreshTokenRotation.NewRefreshToken refresh) {
        var access = accessTokens.issue(user, grant);
        return new IssuedSession(
                access.token(),
                access.expiresAt(),
                refresh.secret(),
                refresh.token().expiresAt(),
                refresh.token().familyId(),
                grant);
    }
}
