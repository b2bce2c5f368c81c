package io.evzone.contracts.billing;

import java.time.Instant;

/**
 * A wallet's balance fell below the low-balance threshold of its currency.
 *
 * @param ownerType {@code USER} or {@code ORGANIZATION}
 * @param balance minor units of {@code currency}, after the posting that crossed the threshold
 */
public record WalletBalanceLow(
        String walletId, String ownerType, String ownerId, long balance, long threshold, String currency, Instant at) {}
