package io.evzone.billing.wallet.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Money set aside on a prepaid driver's wallet when their session starts: captured by the session's
 * final price (the rest released), or released whole when it expires uncaptured.
 */
public record Hold(
        UUID id,
        UUID walletId,
        WalletOwner owner,
        String sessionId,
        Money amount,
        Status status,
        Long captured,
        Instant expiresAt,
        Instant createdAt) {

    public enum Status {
        ACTIVE,
        CAPTURED,
        EXPIRED
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
