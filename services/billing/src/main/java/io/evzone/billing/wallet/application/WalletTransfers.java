package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Account;
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

/** Moves money from one wallet to another in the same currency. */
@Component
public class WalletTransfers {

    private final Accounts accounts;
    private final Ledger ledger;
    private final LowBalanceWatch lowBalance;

    public WalletTransfers(Accounts accounts, Ledger ledger, LowBalanceWatch lowBalance) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.lowBalance = lowBalance;
    }

    public record Transfer(WalletOwner from, WalletOwner to, BigDecimal amount, String by) {}

    @Transactional
    public JournalEntry handle(Transfer transfer) {
        if (transfer.from().equals(transfer.to())) {
            throw BillingException.invalid("targetUserId", "is the sender's own wallet");
        }
        Account source = WalletDebits.ExistingWallet.of(accounts, transfer.from(), "amount");
        String currency = source.ref().currency();
        Money amount = Money.positiveOfMajor(transfer.amount(), currency, "amount");
        accounts.wallet(transfer.to()).ifPresent(target -> target.requireCurrency(currency, "targetUserId"));
        AccountRef from = source.ref();
        AccountRef to = transfer.to().in(currency);
        JournalEntry entry = ledger.post(
                new Ledger.Draft(
                        EntryKind.TRANSFER, currency, transfer.to().id(), "Transfer between wallets", transfer.by()),
                List.of(from, to),
                locked -> {
                    locked.get(from).requireCanPay(amount, "amount");
                    return List.of(Posting.debit(from, amount), Posting.credit(to, amount));
                });
        lowBalance.check(from, amount);
        return entry;
    }
}
