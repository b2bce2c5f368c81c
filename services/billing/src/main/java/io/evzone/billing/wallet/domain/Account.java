package io.evzone.billing.wallet.domain;

import java.util.UUID;

/**
 * A ledger account with its cached balance (the sum of its journal lines, kept by the database).
 *
 * @param creditLimit how far below zero a wallet may go, granted by its organization
 */
public record Account(
        UUID id, AccountRef ref, long balance, long creditLimit, boolean locked, String lockedBy, String lockReason) {

    public Money balanceMoney() {
        return Money.of(balance, ref.currency());
    }

    /** What a wallet may still spend: its balance and its credit limit. */
    public Money available() {
        return Money.of(balance + creditLimit, ref.currency());
    }

    /** Refuses taking {@code amount} out of this wallet when it is locked or does not have it. */
    public void requireCanPay(Money amount, String field) {
        requireUnlocked();
        requireFunds(amount, field);
    }

    public void requireUnlocked() {
        if (locked) {
            throw BillingException.refused("wallet", "is locked" + (lockReason == null ? "" : ": " + lockReason));
        }
    }

    /** Refuses taking {@code amount} out of this wallet when it would end below its credit limit. */
    public void requireFunds(Money amount, String field) {
        if (amount.exceeds(available())) {
            throw BillingException.refused(field, "insufficient funds: " + available() + " available");
        }
    }

    /** Refuses an amount in another currency than this account's. */
    public void requireCurrency(String currency, String field) {
        if (!ref.currency().equals(currency)) {
            throw BillingException.refused(field, "the wallet is in " + ref.currency() + ", not " + currency);
        }
    }
}
