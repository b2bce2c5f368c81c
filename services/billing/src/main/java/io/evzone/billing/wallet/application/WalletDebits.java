package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Takes money out of a wallet for something the platform sold: the platform's revenue. */
@Component
public class WalletDebits {

    private final Accounts accounts;
    private final Ledger ledger;
    private final LowBalanceWatch lowBalance;

    public WalletDebits(Accounts accounts, Ledger ledger, LowBalanceWatch lowBalance) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.lowBalance = lowBalance;
    }

    public record Debit(WalletOwner owner, BigDecimal amount, String reference, String by) {}

    @Transactional
    public JournalEntry handle(Debit debit) {
        Account wallet = ExistingWallet.of(accounts, debit.owner(), "amount");
        String currency = wallet.ref().currency();
        Money amount = Money.positiveOfMajor(debit.amount(), currency, "amount");
        AccountRef walletRef = wallet.ref();
        AccountRef revenue = AccountRef.platform(AccountKind.REVENUE, currency);
        JournalEntry entry = ledger.post(
                new Ledger.Draft(EntryKind.DEBIT, currency, debit.reference(), "Wallet debit", debit.by()),
                List.of(walletRef, revenue),
                locked -> {
                    locked.get(walletRef).requireCanPay(amount, "amount");
                    return List.of(Posting.debit(walletRef, amount), Posting.credit(revenue, amount));
                });
        lowBalance.check(walletRef, amount);
        return entry;
    }

    /** Fails with a 422 naming {@code field} when the owner has no wallet. */
    static final class ExistingWallet {

        private ExistingWallet() {}

        static Account of(Accounts accounts, WalletOwner owner, String field) {
            return accounts.wallet(owner)
                    .orElseThrow(() ->
                            BillingException.refused(field, "insufficient funds: no wallet yet, top it up first"));
        }
    }
}
