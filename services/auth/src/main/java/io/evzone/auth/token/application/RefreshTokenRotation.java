package io.evzone.auth.token.application;

import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.SecretTokens;
import io.evzone.auth.token.domain.RefreshToken;
import io.evzone.auth.token.domain.RefreshTokens;
import io.evzone.platform.security.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The refresh token rules, on top of the {@link RefreshTokens} port: families, rotation, reuse
 * detection. Callers run it inside one transaction: {@link #inspect} then {@link #rotate}.
 */
@Component
public class RefreshTokenRotation {

    /** Revocation reason stored with a family whose spent token came back. */
    public static final String REUSE = "refresh-token-reuse";

    private final RefreshTokens tokens;
    private final Clock clock;
    private final Duration ttl;

    @Autowired
    public RefreshTokenRotation(RefreshTokens tokens, Clock clock, SecurityProperties security) {
        this(tokens, clock, security.refreshTokenTtl());
    }

    RefreshTokenRotation(RefreshTokens tokens, Clock clock, Duration ttl) {
        this.tokens = tokens;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A token as handed to the client (the secret) and as stored. */
    public record NewRefreshToken(String secret, RefreshToken token) {}

    /** The outcome of presenting a secret. */
    public sealed interface Inspection {

        /** Usable: rotate it. */
        record Valid(RefreshToken token) implements Inspection {}

        /** Refused; {@code token} is null when the secret is unknown. */
        record Refused(RefreshToken.Verdict verdict, RefreshToken token) implements Inspection {}
    }

    public NewRefreshToken startFamily(UUID userId, UUID organizationId, ClientInfo client) {
        Instant now = clock.instant();
        UUID familyId = UUID.randomUUID();
        tokens.startFamily(familyId, userId, now, client.ip(), client.userAgent());
        return store(RefreshToken.first(UUID.randomUUID(), familyId, userId, organizationId, now, ttl));
    }

    /**
     * Judges a presented secret. A spent token revokes its family on the spot (the caller's
     * transaction must commit even though the caller answers with an error).
     */
    public Inspection inspect(String secret) {
        Optional<RefreshToken> found = find(secret);
        if (found.isEmpty()) {
            return new Inspection.Refused(RefreshToken.Verdict.REVOKED, null);
        }
        boolean familyRevoked = tokens.lockFamily(found.get().familyId());
        RefreshToken token = tokens.byDigest(SecretTokens.sha256(secret)).orElseThrow(); // re-read under the lock
        Instant now = clock.instant();
        RefreshToken.Verdict verdict = token.verdict(familyRevoked, now);
        return switch (verdict) {
            case VALID -> new Inspection.Valid(token);
            case REUSED -> {
                tokens.revokeFamily(token.familyId(), REUSE, now);
                yield new Inspection.Refused(verdict, token);
            }
            case EXPIRED, REVOKED -> new Inspection.Refused(verdict, token);
        };
    }

    /** Spends a valid token and issues its successor, acting in {@code organizationId}. */
    public NewRefreshToken rotate(RefreshToken valid, UUID organizationId) {
        Instant now = clock.instant();
        tokens.markUsed(valid.id(), now);
        return store(valid.successor(UUID.randomUUID(), organizationId, now, ttl));
    }

    /** The stored token for a secret, if any (no lock; for logout). */
    public Optional<RefreshToken> find(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return tokens.byDigest(SecretTokens.sha256(secret.trim()));
    }

    public boolean revokeFamily(UUID familyId, String reason) {
        return tokens.revokeFamily(familyId, reason, clock.instant());
    }

    public int revokeAllOf(UUID userId, String reason) {
        return tokens.revokeAllOf(userId, reason, clock.instant());
    }

    private NewRefreshToken store(RefreshToken token) {
        String secret = SecretTokens.newToken();
        tokens.add(token, SecretTokens.sha256(secret));
        return new NewRefreshToken(secret, token);
    }
}
