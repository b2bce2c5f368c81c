package io.evzone.billing.wallet.domain;

/** One line of a journal entry: a signed amount on one account (positive credits it). */
public record Posting(AccountRef account, long amount) {

    public static Posting credit(AccountRef account, Money money) {
        return new Posting(account, money.minor());
    }

    public static Posting debit(AccountRef account, Money money) {
        return new Posting(account, Math.negateExact(money.minor()));
    }
}
