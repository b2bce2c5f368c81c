package io.evzone.auth.token.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens and their families (repository port). Tokens are found by the SHA-256 digest of
 * their secret. Rotation and revocation of one family are serialized by {@link #lockFamily}.
 */
public interface RefreshTokens {

    void startFamily(UUID familyId, UUID userId, Instant now, String ip, String userAgent);

    void add(RefreshToken token, String digest);

    Optional<RefreshToken> byDigest(String digest);

    /**
     * Locks the family for the caller's transaction.
     *
     * @return whether the family is revoked
     */
    boolean lockFamily(UUID familyId);

    void markUsed(UUID tokenId, Instant now);

    /** Revokes the family and its tokens; returns whether it was still active. */
    boolean revokeFamily(UUID familyId, String reason, Instant now);

    /** Revokes every active family of the user; returns how many. */
    int revokeAllOf(UUID userId, String reason, Instant now);

    /** Deletes families whose newest token expired before the instant, and revoked families revoked before it. */
    int purgeBefore(Instant instant);
}
