package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.config.LedgerProperties;
import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.Journal;
import io.evzone.billing.wallet.domain.LedgerLine;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads wallets: balance, money on hold, and history. */
@Component
public class WalletQueries {

    private final Accounts accounts;
    private final Journal journal;
    private final LedgerProperties properties;

    public WalletQueries(Accounts accounts, Journal journal, LedgerProperties properties) {
        this.accounts = accounts;
        this.journal = journal;
        this.properties = properties;
    }

    /** A wallet as its owner sees it; a wallet never topped up shows zero in the default currency. */
    public record WalletView(
            String id,
            WalletOwner owner,
            Money balance,
            Money held,
            Money creditLimit,
            boolean locked,
            String lockReason) {

        public Money available() {
            return balance.plus(creditLimit);
        }
    }

    @Transactional(readOnly = true)
    public WalletView balance(WalletOwner owner) {
        Optional<Account> wallet = accounts.wallet(owner);
        if (wallet.isEmpty()) {
            Money zero = Money.zero(properties.defaultCurrency());
            return new WalletView(null, owner, zero, zero, zero, false, null);
        }
        Account account = wallet.get();
        String currency = account.ref().currency();
        Money held = accounts.find(owner.holdsIn(currency))
                .map(Account::balanceMoney)
                .orElse(Money.zero(currency));
        return new WalletView(
                account.id().toString(),
                owner,
                account.balanceMoney(),
                held,
                Money.of(account.creditLimit(), currency),
                account.locked(),
                account.lockReason());
    }

    @Transactional(readOnly = true)
    public List<LedgerLine> transactions(WalletOwner owner, int limit, int offset) {
        return accounts.wallet(owner)
                .map(wallet -> journal.lines(wallet.id(), limit, offset))
                .orElse(List.of());
    }
}
