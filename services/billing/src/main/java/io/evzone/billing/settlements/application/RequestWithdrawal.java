package io.evzone.billing.settlements.application;

import io.evzone.billing.settlements.domain.Withdrawal;
import io.evzone.billing.settlements.domain.Withdrawals;
import io.evzone.billing.wallet.application.Ledger;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.contracts.TimeOrderedIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves what a station owner asks to be paid out from its revenue to payouts in transit, never more than
 * its revenue holds (checked on the locked account).
 */
@Component
public class RequestWithdrawal {

    private static final Set<String> METHODS = Set.of("BANK", "MOBILE_MONEY");

    private final Withdrawals withdrawals;
    private final Ledger ledger;
    private final Clock clock;

    public RequestWithdrawal(Withdrawals withdrawals, Ledger ledger, Clock clock) {
        this.withdrawals = withdrawals;
        this.ledger = ledger;
        this.clock = clock;
    }

    public record Request(
            String organizationId,
            BigDecimal amount,
            String currency,
            String payoutMethod,
            String payoutAccount,
            String payoutName,
            String by) {}

    @Transactional
    public Withdrawal handle(Request request) {
        String currency = Money.checkedCurrency(request.currency(), "currency");
        Money amount = Money.positiveOfMajor(request.amount(), currency, "amount");
        if (request.payoutMethod() == null || !METHODS.contains(request.payoutMethod())) {
            throw BillingException.invalid("payoutMethod", "must be one of " + METHODS);
        }
        if (request.payoutAccount() == null || request.payoutAccount().isBlank()) {
            throw BillingException.invalid("payoutAccount", "is required");
        }
        AccountRef revenue = new AccountRef(AccountKind.REVENUE, request.organizationId(), currency);
        AccountRef payouts = new AccountRef(AccountKind.PAYOUTS_IN_TRANSIT, request.organizationId(), currency);
        JournalEntry entry = ledger.post(
                new Ledger.Draft(
                        EntryKind.WITHDRAWAL,
                        currency,
                        request.organizationId(),
                        "Withdrawal to " + request.payoutMethod(),
                        request.by()),
                List.of(revenue, payouts),
                locked -> {
                    Money available = locked.get(revenue).balanceMoney();
                    if (amount.exceeds(available)) {
                        throw BillingException.refused("amount", "only " + available + " is available to withdraw");
                    }
                    return List.of(Posting.debit(revenue, amount), Posting.credit(payouts, amount));
                });
        Withdrawal withdrawal = new Withdrawal(
                TimeOrderedIds.next(),
                request.organizationId(),
                amount,
                "REQUESTED",
                request.payoutMethod(),
                request.payoutAccount(),
                request.payoutName(),
                entry.id(),
                request.by(),
                clock.instant());
        withdrawals.add(withdrawal);
        return withdrawal;
    }
}
