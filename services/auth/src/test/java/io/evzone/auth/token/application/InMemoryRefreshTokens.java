package io.evzone.auth.token.application;

import io.evzone.auth.token.domain.RefreshToken;
import io.evzone.auth.token.domain.RefreshTokens;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A {@link RefreshTokens} in memory, for the rotation rules without a database. */
final class InMemoryRefreshTokens implements RefreshTokens {

    private final Map<String, RefreshToken> byDigest = new HashMap<>();
    private final Map<UUID, UUID> familyOwners = new HashMap<>();
    private final Set<UUID> revokedFamilies = new HashSet<>();

    @Override
    public void startFamily(UUID familyId, UUID userId, Instant now, String ip, String userAgent) {
        familyOwners.put(familyId, userId);
    }

    @Override
    public void add(RefreshToken token, String digest) {
        byDigest.put(digest, token);
    }

    @Override
    public Optional<RefreshToken> byDigest(String digest) {
        return Optional.ofNullable(byDigest.get(digest));
    }

    @Override
    public boolean lockFamily(UUID familyId) {
        return revokedFamilies.contains(familyId) || !familyOwners.containsKey(familyId);
    }

    @Override
    public void markUsed(UUID tokenId, Instant now) {
        byDigest.replaceAll((digest, token) -> token.id().equals(tokenId) ? token.spend(now) : token);
    }

    @Override
    public boolean revokeFamily(UUID familyId, String reason, Instant now) {
        return familyOwners.containsKey(familyId) && revokedFamilies.add(familyId);
    }

    @Override
    public int revokeAllOf(UUID userId, String reason, Instant now) {
        int revoked = 0;
        for (var family : familyOwners.entrySet()) {
            if (family.getValue().equals(userId) && revokedFamilies.add(family.getKey())) {
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public int purgeBefore(Instant instant) {
        return 0;
    }

    boolean isRevoked(UUID familyId) {
        return revokedFamilies.contains(familyId);
    }
}
