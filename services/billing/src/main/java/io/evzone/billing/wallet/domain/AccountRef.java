package io.evzone.billing.wallet.domain;

import java.util.Objects;

/** Names an account by what it is for, so a posting can be written before the account exists. */
public record AccountRef(AccountKind kind, String ownerId, String currency) {

    /** The owner of the platform's own accounts. */
    public static final String PLATFORM = "platform";

    public AccountRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ownerId, "ownerId");
        currency = Money.checkedCurrency(currency, "currency");
    }

    public static AccountRef platform(AccountKind kind, String currency) {
        return new AccountRef(kind, PLATFORM, currency);
    }
}
