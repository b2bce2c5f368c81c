package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.config.LedgerProperties;
import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.Hold;
import io.evzone.billing.wallet.domain.Holds;
import io.evzone.billing.wallet.domain.Journal;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.contracts.TimeOrderedIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets money aside when a prepaid driver (one with a wallet) starts a session: the configured estimate
 * of the wallet's currency, or what the wallet has if that is less; nothing for an empty or locked wallet.
 */
@Component
public class SessionHolds {

    static final String SYSTEM = "billing";

    private final Accounts accounts;
    private final Holds holds;
    private final Journal journal;
    private final Ledger ledger;
    private final LedgerProperties properties;
    private final Clock clock;

    public SessionHolds(
            Accounts accounts, Holds holds, Journal journal, Ledger ledger, LedgerProperties properties, Clock clock) {
        this.accounts = accounts;
        this.holds = holds;
        this.journal = journal;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the hold placed, if any */
    @Transactional
    public Optional<Hold> place(String userId, String sessionId) {
        WalletOwner owner = WalletOwner.user(userId);
        Optional<Account> found = accounts.wallet(owner);
        if (found.isEmpty()
                || holds.lockBySession(sessionId).isPresent()
                || journal.exists(EntryKind.SESSION_CHARGE, sessionId)) {
            return Optional.empty();
        }
        String currency = found.get().ref().currency();
        BigDecimal estimate = properties.holdEstimate().get(currency);
        if (estimate == null) {
            return Optional.empty();
        }
        AccountRef wallet = owner.in(currency);
        AccountRef held = owner.holdsIn(currency);
        Money[] amount = new Money[1];
        Optional<JournalEntry> entry = ledger.postUnlessEmpty(
                new Ledger.Draft(EntryKind.HOLD, currency, sessionId, "Hold for charging session", SYSTEM),
                List.of(wallet, held),
                locked -> {
                    Account account = locked.get(wallet);
                    amount[0] =
                            Money.ofMajor(estimate, currency, "holdEstimate").min(account.available());
                    if (account.locked() || !amount[0].isPositive()) {
                        return List.of();
                    }
                    return List.of(Posting.debit(wallet, amount[0]), Posting.credit(held, amount[0]));
                });
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Hold hold = new Hold(
                TimeOrderedIds.next(),
                found.get().id(),
                owner,
                sessionId,
                amount[0],
                Hold.Status.ACTIVE,
                null,
                clock.instant().plus(properties.holdTtl()),
                entry.get().createdAt());
        holds.add(hold);
        return Optional.of(hold);
    }
}
