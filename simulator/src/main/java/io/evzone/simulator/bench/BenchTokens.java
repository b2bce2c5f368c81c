package io.evzone.simulator.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for synthetic drivers, signed with the platform's own HS256 secret ({@code data/jwt-secret} of a
 * {@code ./evzone start}), as auth would issue them: thousands of users log in without thousands of accounts. Only
 * whoever holds the platform's secret can do this; the benchmark is run by its operator.
 */
final class BenchTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER =
            BASE64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final SecretKeySpec key;
    private final Duration ttl;

    BenchTokens(String secret, Duration ttl) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.ttl = ttl;
    }

    /** A driver's access token, without organization or permissions: enough for their own notifications. */
    String driver(String userId, String email) {
        return token(userId, email, null, "driver", List.of());
    }

    /** A token of a synthetic organization's manager, with the given permissions in that organization. */
    String organizationMember(String organizationId, List<String> permissions) {
        String userId = UUID.randomUUID().toString();
        return token(userId, "bench-" + userId + "@bench.evzone.test", organizationId, "org_admin", permissions);
    }

    private String token(String userId, String email, String organizationId, String role, List<String> permissions) {
        long now = Instant.now().getEpochSecond();
        var claims = new java.util.LinkedHashMap<String, Object>();
        claims.put("iss", "evzone");
        claims.put("sub", userId);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", now);
        claims.put("exp", now + ttl.toSeconds());
        claims.put("typ", "access");
        claims.put("email", email);
        if (organizationId != null) {
            claims.put("org", organizationId);
        }
        claims.put("role", role);
        claims.put("perms", permissions);
        String signingInput = HEADER + "." + BASE64.encodeToString(JSON.writeValueAsBytes(claims));
        return signingInput + "." + BASE64.encodeToString(sign(signingInput));
    }

    private byte[] sign(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
