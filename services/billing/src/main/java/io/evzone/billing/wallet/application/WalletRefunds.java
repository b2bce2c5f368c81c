package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.Journal;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives money back to a wallet for an earlier debit of it, in full or in part; the refunds of one
 * debit never add up to more than it took. The platform's refunds account bears the cost.
 */
@Component
public class WalletRefunds {

    private final Accounts accounts;
    private final Journal journal;
    private final Ledger ledger;

    public WalletRefunds(Accounts accounts, Journal journal, Ledger ledger) {
        this.accounts = accounts;
        this.journal = journal;
        this.ledger = ledger;
    }

    /** @param amount the amount to refund, or null for what is left of the debit */
    public record Refund(WalletOwner owner, UUID transactionId, BigDecimal amount, String reason, String by) {}

    @Transactional
    public JournalEntry handle(Refund refund) {
        if (refund.transactionId() == null) {
            throw BillingException.invalid("transactionId", "is required");
        }
        Account wallet = accounts.wallet(refund.owner())
                .orElseThrow(() -> BillingException.notFound("Transaction", refund.transactionId()));
        String currency = wallet.ref().currency();
        Money requested = refund.amount() == null ? null : Money.positiveOfMajor(refund.amount(), currency, "amount");
        AccountRef walletRef = wallet.ref();
        AccountRef refunds = AccountRef.platform(AccountKind.REFUNDS, currency);
        String reference = refund.transactionId().toString();
        String description = refund.reason() == null ? "Refund" : "Refund: " + refund.reason();
        return ledger.post(
                new Ledger.Draft(EntryKind.REFUND, currency, reference, description, refund.by()),
                List.of(walletRef, refunds),
                locked -> {
                    long debited = journal.debitedFrom(refund.transactionId(), wallet.id())
                            .orElseThrow(() -> BillingException.notFound("Debit transaction", refund.transactionId()));
                    Money left = Money.of(debited - journal.total(wallet.id(), EntryKind.REFUND, reference), currency);
                    Money amount = requested == null ? left : requested;
                    if (!amount.isPositive() || amount.exceeds(left)) {
                        throw BillingException.refused("amount", "only " + left + " of that debit is left to refund");
                    }
                    return List.of(Posting.credit(walletRef, amount), Posting.debit(refunds, amount));
                });
    }
}
