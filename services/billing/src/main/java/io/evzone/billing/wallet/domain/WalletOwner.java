package io.evzone.billing.wallet.domain;

import java.util.Objects;

/** Whose wallet: a user's or an organization's. */
public record WalletOwner(AccountKind kind, String id) {

    public WalletOwner {
        Objects.requireNonNull(id, "id");
        if (!kind.isWallet()) {
            throw new IllegalArgumentException(kind + " is not a wallet");
        }
    }

    public static WalletOwner user(String userId) {
        return new WalletOwner(AccountKind.USER_WALLET, userId);
    }

    public static WalletOwner organization(String organizationId) {
        return new WalletOwner(AccountKind.ORGANIZATION_WALLET, organizationId);
    }

    public AccountRef in(String currency) {
        return new AccountRef(kind, id, currency);
    }

    /** The account holding this wallet's money set aside for running sessions. */
    public AccountRef holdsIn(String currency) {
        return new AccountRef(AccountKind.WALLET_HOLDS, id, currency);
    }
}
