package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Hold;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who pays a session's price from where: the hold first (its rest released to the wallet), then the
 * wallet as far as its balance and credit limit go, and the remainder becomes the driver's debt.
 */
final class SessionPayment {

    private final SessionCharging.SessionPrice price;
    private final Optional<AccountRef> wallet;
    private final Optional<Hold> hold;
    private final AccountRef holds;
    private final AccountRef receivable;
    private Money fromHold;

    SessionPayment(
            SessionCharging.SessionPrice price, WalletOwner payer, Optional<AccountRef> wallet, Optional<Hold> hold) {
        this.price = price;
        this.wallet = wallet;
        this.hold = hold;
        String currency = price.total().currency();
        this.holds = payer.holdsIn(currency);
        this.receivable = new AccountRef(AccountKind.RECEIVABLE, payer.id(), currency);
        this.fromHold = Money.zero(currency);
    }

    List<AccountRef> accounts() {
        String currency = price.total().currency();
        List<AccountRef> refs = new ArrayList<>(List.of(
                receivable,
                new AccountRef(AccountKind.REVENUE, price.organizationId(), currency),
                new AccountRef(AccountKind.VAT_PAYABLE, price.organizationId(), currency),
                AccountRef.platform(AccountKind.PLATFORM_FEES, currency)));
        wallet.ifPresent(refs::add);
        hold.ifPresent(found -> refs.add(holds));
        return refs;
    }

    List<Posting> lines(Map<AccountRef, Account> locked) {
        String currency = price.total().currency();
        Money total = price.total();
        Money held = hold.map(Hold::amount).orElse(Money.zero(currency));
        fromHold = held.min(total);
        Money released = held.minus(fromHold);
        Money fromWallet = fromWallet(locked, total.minus(fromHold), released);
        Money owed = total.minus(fromHold).minus(fromWallet);
        List<Posting> lines = new ArrayList<>();
        hold.ifPresent(found -> lines.add(Posting.debit(holds, held)));
        wallet.ifPresent(ref -> lines.add(Posting.credit(ref, released.minus(fromWallet))));
        lines.add(Posting.debit(receivable, owed));
        lines.add(Posting.credit(
                new AccountRef(AccountKind.REVENUE, price.organizationId(), currency), price.ownerRevenue()));
        lines.add(
                Posting.credit(new AccountRef(AccountKind.VAT_PAYABLE, price.organizationId(), currency), price.vat()));
        lines.add(Posting.credit(AccountRef.platform(AccountKind.PLATFORM_FEES, currency), price.platformFee()));
        return lines;
    }

    private Money fromWallet(Map<AccountRef, Account> locked, Money due, Money released) {
        if (wallet.isEmpty() || locked.get(wallet.get()).locked()) {
            return Money.zero(due.currency());
        }
        return due.min(locked.get(wallet.get()).available().plus(released));
    }

    Money fromHold() {
        return fromHold;
    }
}
