package io.evzone.auth.token.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One refresh token of a family. A login starts a family; every refresh spends the presented token
 * and adds its successor to the same family. A token may be spent once: presenting a spent token
 * again means two parties hold it (one of them stole it), so the whole family is revoked.
 *
 * @param id the token's id (the secret itself is never stored, only its SHA-256 digest)
 * @param familyId the login it descends from
 * @param userId whose session it is
 * @param organizationId the organization the session acts in, or null
 * @param issuedAt when it was issued
 * @param expiresAt when it stops being accepted
 * @param usedAt when it was spent on a refresh, or null
 * @param revokedAt when it was revoked (logout, reuse, password change...), or null
 */
public record RefreshToken(
        UUID id,
        UUID familyId,
        UUID userId,
        UUID organizationId,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt,
        Instant revokedAt) {

    /** What presenting this token now leads to. */
    public enum Verdict {
        /** Spend it and issue its successor. */
        VALID,
        /** Spent before: theft suspected, revoke the family. */
        REUSED,
        EXPIRED,
        /** Its family was revoked (logout, reuse, password change, suspension). */
        REVOKED
    }

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The first token of a new family (a login). */
    public static RefreshToken first(
            UUID id, UUID familyId, UUID userId, UUID organizationId, Instant now, Duration ttl) {
        return new RefreshToken(id, familyId, userId, organizationId, now, now.plus(ttl), null, null);
    }

    /**
     * Judges a presentation of this token. Revocation wins over everything; a spent token is reuse
     * even after it expired, because it still proves a second holder.
     */
    public Verdict verdict(boolean familyRevoked, Instant now) {
        if (familyRevoked || revokedAt != null) {
            return Verdict.REVOKED;
        }
        if (usedAt != null) {
            return Verdict.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Verdict.EXPIRED;
        }
        return Verdict.VALID;
    }

    /** The token that replaces this one, in the same family, for the given organization. */
    public RefreshToken successor(UUID newId, UUID newOrganizationId, Instant now, Duration ttl) {
        if (usedAt != null || revokedAt != null) {
            throw new IllegalStateException("A spent or revoked refresh token has no successor");
        }
        return new RefreshToken(newId, familyId, userId, newOrganizationId, now, now.plus(ttl), null, null);
    }

    public RefreshToken spend(Instant now) {
        return new RefreshToken(id, familyId, userId, organizationId, issuedAt, expiresAt, now, revokedAt);
    }
}
