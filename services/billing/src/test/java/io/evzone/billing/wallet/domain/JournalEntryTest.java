package io.evzone.billing.wallet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final AccountRef WALLET = WalletOwner.user("u1").in("UGX");
    private static final AccountRef REVENUE = AccountRef.platform(AccountKind.REVENUE, "UGX");

    private static JournalEntry entry(List<Posting> lines) {
        return new JournalEntry(UUID.randomUUID(), EntryKind.DEBIT, "UGX", null, "test", "t", Instant.now(), lines);
    }

    @Test
    void linesMustSumToZero() {
        assertThatThrownBy(() -> entry(List.of(new Posting(WALLET, -100), new Posting(REVENUE, 99))))
                .hasMessageContaining("sum to -1");
        assertThat(entry(List.of(new Posting(WALLET, -100), new Posting(REVENUE, 100)))
                        .lines())
                .hasSize(2);
    }

    @Test
    void zeroLinesAreDroppedAndAnEntryNeedsTwoLines() {
        assertThatThrownBy(() -> entry(List.of(new Posting(WALLET, 0), new Posting(REVENUE, 0))))
                .hasMessageContaining("at least two");
    }

    @Test
    void everyLineIsInTheEntrysCurrency() {
        AccountRef dollars = WalletOwner.user("u1").in("USD");
        assertThatThrownBy(() -> entry(List.of(new Posting(dollars, -1), new Posting(REVENUE, 1))))
                .hasMessageContaining("USD");
    }

    @Test
    void aWalletPaysWithinItsBalanceAndCreditLimitUnlessLocked() {
        Account wallet = new Account(UUID.randomUUID(), WALLET, 100, 50, false, null, null);
        wallet.requireCanPay(Money.of(150, "UGX"), "amount");
        assertThatThrownBy(() -> wallet.requireCanPay(Money.of(151, "UGX"), "amount"))
                .hasMessageStartingWith("amount: insufficient funds");
        Account locked = new Account(UUID.randomUUID(), WALLET, 100, 0, true, "u1", "lost phone");
        assertThatThrownBy(() -> locked.requireCanPay(Money.of(1, "UGX"), "amount"))
                .hasMessage("wallet: is locked: lost phone");
    }
}
