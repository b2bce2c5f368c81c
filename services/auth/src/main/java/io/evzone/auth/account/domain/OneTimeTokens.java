package io.evzone.auth.account.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One-time tokens, stored as SHA-256 digests of the secret (repository port). */
public interface OneTimeTokens {

    /**
     * Stores a token under the digest of its link secret and, for codes, the digest of the code.
     */
    void add(OneTimeToken token, String tokenDigest, String codeDigest);

    /** The token with this link digest, locked for the caller's transaction. */
    Optional<OneTimeToken> byTokenDigest(String digest);

    /** The token with this code digest, locked for the caller's transaction. */
    Optional<OneTimeToken> byCodeDigest(String digest);

    void markUsed(UUID id, Instant now);

    /** Spends every unused token of the user for the purpose (a newer one replaces them). */
    void supersede(UUID userId, OneTimeToken.Purpose purpose, Instant now);

    /** Spends the user's unused invitations into one organization (a newer one replaces them). */
    void supersedeInvitations(UUID userId, UUID organizationId, Instant now);

    /** The token with this link digest, without locking or spending it. */
    Optional<OneTimeToken> peekByTokenDigest(String digest);

    /** Deletes tokens that expired before the instant. */
    int purgeExpiredBefore(Instant instant);
}
