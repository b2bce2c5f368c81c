package io.evzone.auth.users.web;

import io.evzone.auth.token.application.IssuedSession;
import io.evzone.auth.users.application.UserView;
import java.time.Instant;

/**
 * {@code {user, accessToken, refreshToken}}, what login, refresh and organization switches answer
 * (the same tokens also go into the httpOnly cookies), plus when each token expires.
 */
public record SessionResponse(
        UserResponse user,
        String accessToken,
        String refreshToken,
        Instant accessTokenExpiresAt,
        Instant refreshTokenExpiresAt) {

    public static SessionResponse of(UserView user, IssuedSession session) {
        return new SessionResponse(
                UserResponse.of(user),
                session.accessToken(),
                session.refreshToken(),
                session.accessExpiresAt(),
                session.refreshExpiresAt());
    }
}
