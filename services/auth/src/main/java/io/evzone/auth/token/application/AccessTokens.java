package io.evzone.auth.token.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.AccessGrant;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.AccessTokenCodec;
import io.evzone.platform.security.SecurityProperties;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Issues the stateless access tokens every service verifies. They cannot be revoked: revoking a
 * session stops its refresh, and the access token dies within its lifetime (15 minutes by default).
 */
@Component
public class AccessTokens {

    // A provider, because the codec exists only in a web context (not in the admin command's).
    private final ObjectProvider<AccessTokenCodec> codec;
    private final SecurityProperties security;
    private final Clock clock;

    public AccessTokens(ObjectProvider<AccessTokenCodec> codec, SecurityProperties security, Clock clock) {
        this.codec = codec;
        this.security = security;
        this.clock = clock;
    }

    public record IssuedAccessToken(String token, Instant expiresAt) {}

    public IssuedAccessToken issue(User user, AccessGrant grant) {
        Instant expiresAt = clock.instant().plus(security.accessTokenTtl());
        AccessTokenClaims claims = new AccessTokenClaims(
                user.id().toString(),
                user.email(),
                grant.organizationId() == null ? null : grant.organizationId().toString(),
                grant.role(),
                grant.permissions(),
                expiresAt);
        return new IssuedAccessToken(codec.getObject().issue(claims, security.accessTokenTtl()), expiresAt);
    }
}
