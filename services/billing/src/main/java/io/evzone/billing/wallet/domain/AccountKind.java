package io.evzone.billing.wallet.domain;

/**
 * The kinds of ledger account. A wallet belongs to a user or an organization; the other kinds are the
 * platform's books, owned by a provider (cash in transit, provider fees), an organization (revenue,
 * VAT payable, payouts) or the platform itself (fees, refunds, general revenue).
 */
public enum AccountKind {
    USER_WALLET,
    ORGANIZATION_WALLET,
    /** Money held on a wallet for sessions still running; its owner is the wallet's owner. */
    WALLET_HOLDS,
    /** What a driver owes beyond their wallet and credit limit when a session costs more than they had. */
    RECEIVABLE,
    CASH_IN_TRANSIT,
    PROVIDER_FEES,
    REVENUE,
    VAT_PAYABLE,
    PLATFORM_FEES,
    REFUNDS,
    PAYOUTS_IN_TRANSIT;

    public boolean isWallet() {
        return this == USER_WALLET || this == ORGANIZATION_WALLET;
    }
}
