package io.evzone.platform.test;

import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.AccessTokenCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Access tokens for tests, signed with the test secret. */
public final class TestTokens {

    private static final AccessTokenCodec CODEC =
            new AccessTokenCodec(TestInfrastructure.JWT_SECRET, Clock.systemUTC());

    private TestTokens() {}

    public static String withPermissions(String organizationId, String... permissions) {
        return token(UUID.randomUUID().toString(), organizationId, "test_role", Set.of(permissions));
    }

    public static String platformAdmin() {
        return token(UUID.randomUUID().toString(), null, "super_admin", Set.of(AccessTokenClaims.PLATFORM_ADMIN));
    }

    /** A correctly signed token whose lifetime ended a minute ago. */
    public static String expired(String organizationId, String... permissions) {
        AccessTokenCodec past = new AccessTokenCodec(
                TestInfrastructure.JWT_SECRET, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
        return past.issue(
                new AccessTokenClaims("expired-user", null, organizationId, "test_role", Set.of(permissions), null),
                Duration.ofMinutes(9));
    }

    public static String token(String userId, String organizationId, String role, Set<String> permissions) {
        return CODEC.issue(
                new AccessTokenClaims(userId, userId + "@example.test", organizationId, role, permissions, Instant.MAX),
                Duration.ofMinutes(5));
    }
}
