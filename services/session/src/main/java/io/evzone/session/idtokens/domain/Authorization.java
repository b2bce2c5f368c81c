package io.evzone.session.idtokens.domain;

import io.evzone.contracts.charger.AuthorizationStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * The answer to "may this id token charge?" (OCPP 1.6 §5.2 Authorize and §5.17 StartTransaction
 * idTagInfo; 2.0.1 C01 and E01-E05 idTokenInfo).
 *
 * @param status the token's standing
 * @param cacheUntil how long the charger may keep the answer in its cache (the token's expiry), or null
 * @param groupId the parent id tag / group id token, or null
 */
public record Authorization(AuthorizationStatus status, Instant cacheUntil, String groupId) {

    /**
     * Decides a token's standing.
     *
     * @param token the token, empty when no token has the presented value
     * @param concurrent the token is already in another active transaction; only meaningful when a
     *     transaction starts (1.6: "ConcurrentTx ... only relevant for a StartTransaction.req")
     * @param allowed the charging allowance (e.g. the wallet balance) lets its owner charge
     */
    public static Authorization decide(Optional<IdToken> token, Instant now, boolean concurrent, boolean allowed) {
        if (token.isEmpty()) {
            return new Authorization(AuthorizationStatus.INVALID, null, null);
        }
        IdToken t = token.get();
        AuthorizationStatus status;
        if (t.status() == IdTokenStatus.BLOCKED) {
            status = AuthorizationStatus.BLOCKED;
        } else if (t.expiredAt(now)) {
            status = AuthorizationStatus.EXPIRED;
        } else if (concurrent) {
            status = AuthorizationStatus.CONCURRENT_TX;
        } else if (!allowed) {
            status = AuthorizationStatus.NO_CREDIT;
        } else {
            status = AuthorizationStatus.ACCEPTED;
        }
        return new Authorization(status, t.expiresAt(), t.groupId());
    }

    public boolean accepted() {
        return status == AuthorizationStatus.ACCEPTED;
    }
}
