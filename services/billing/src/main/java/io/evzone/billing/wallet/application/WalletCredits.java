package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits a wallet with money a payment provider collected: the provider's cash in transit is debited
 * until the provider pays it out. The wallet is opened in the payment's currency if it had none.
 */
@Component
public class WalletCredits {

    private final Accounts accounts;
    private final Ledger ledger;

    public WalletCredits(Accounts accounts, Ledger ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Refuses, before any money moves, a top-up in another currency than the owner's wallet. */
    public void requireAccepts(WalletOwner owner, String currency, String field) {
        accounts.wallet(owner).ifPresent(wallet -> wallet.requireCurrency(currency, field));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public JournalEntry topUp(WalletOwner owner, Money amount, String provider, String paymentId, String by) {
        requireAccepts(owner, amount.currency(), "currency");
        AccountRef wallet = owner.in(amount.currency());
        AccountRef cash = new AccountRef(AccountKind.CASH_IN_TRANSIT, provider, amount.currency());
        return ledger.post(
                new Ledger.Draft(EntryKind.TOP_UP, amount.currency(), paymentId, "Top-up through " + provider, by),
                List.of(Posting.credit(wallet, amount), Posting.debit(cash, amount)));
    }
}
