package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.OneTimeTokens;
import io.evzone.auth.shared.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems one-time secrets: a 256-bit link token and, optionally, a short code for
 * people to type. A new secret supersedes the user's older ones of the same purpose; redeeming
 * spends it. Callers run inside a transaction, so a failed step after redeeming gives it back.
 */
@Component
public class OneTimeSecrets {

    private final OneTimeTokens tokens;
    private final Clock clock;

    public OneTimeSecrets(OneTimeTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The secrets as sent to the user; never stored. */
    public record Issued(String token, String code, Instant expiresAt) {}

    public Issued issue(
            UUID userId, OneTimeToken.Purpose purpose, OneTimeToken.Channel channel, Duration ttl, boolean withCode) {
        Instant now = clock.instant();
        tokens.supersede(userId, purpose, now);
        String token = SecretTokens.newToken();
        String code = withCode ? SecretTokens.newCode() : null;
        Instant expiresAt = now.plus(ttl);
        tokens.add(
                OneTimeToken.issue(UUID.randomUUID(), userId, purpose, channel, expiresAt),
                SecretTokens.sha256(token),
                code == null ? null : SecretTokens.sha256(code));
        return new Issued(token, code, expiresAt);
    }

    /**
     * Issues an emailed invitation of the user into one organization; it supersedes only earlier
     * invitations into the same organization, so invitations from several organizations stand side by side.
     */
    public Issued issueInvitation(UUID userId, UUID organizationId, Duration ttl) {
        Instant now = clock.instant();
        tokens.supersedeInvitations(userId, organizationId, now);
        String token = SecretTokens.newToken();
        Instant expiresAt = now.plus(ttl);
        tokens.add(
                OneTimeToken.invitation(UUID.randomUUID(), userId, organizationId, expiresAt),
                SecretTokens.sha256(token),
                null);
        return new Issued(token, null, expiresAt);
    }

    /** The secret named by {@code token} if it is usable for the purpose, without spending it. */
    public Optional<OneTimeToken> peek(String token, OneTimeToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.peekByTokenDigest(SecretTokens.sha256(token.trim()))
                .filter(t -> t.usableFor(purpose, clock.instant()));
    }

    /**
     * Spends the secret named by {@code token} (or, when it is null, by {@code code}) if it is
     * usable for the purpose.
     */
    public Optional<OneTimeToken> redeem(String token, String code, OneTimeToken.Purpose purpose) {
        Instant now = clock.instant();
        Optional<OneTimeToken> found;
        if (token != null && !token.isBlank()) {
            found = tokens.byTokenDigest(SecretTokens.sha256(token.trim()));
        } else if (code != null && !code.isBlank()) {
            found = tokens.byCodeDigest(SecretTokens.sha256(SecretTokens.normalizeCode(code)));
        } else {
            found = Optional.empty();
        }
        Optional<OneTimeToken> usable = found.filter(t -> t.usableFor(purpose, now));
        usable.ifPresent(t -> tokens.markUsed(t.id(), now));
        return usable;
    }
}
