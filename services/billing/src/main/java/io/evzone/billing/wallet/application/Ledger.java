package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.Journal;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.contracts.TimeOrderedIds;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts journal entries. Every account an entry touches is locked first, always in the same order
 * (kind, owner, currency), so concurrent postings on the same wallets queue instead of deadlocking;
 * the lines are then written from the locked balances, and no wallet may end below its credit limit.
 */
@Component
public class Ledger {

    static final Comparator<AccountRef> LOCK_ORDER = Comparator.comparing(AccountRef::kind)
            .thenComparing(AccountRef::ownerId)
            .thenComparing(AccountRef::currency);

    private final Accounts accounts;
    private final Journal journal;
    private final Clock clock;

    public Ledger(Accounts accounts, Journal journal, Clock clock) {
        this.accounts = accounts;
        this.journal = journal;
        this.clock = clock;
    }

    /** What an entry is: its kind, currency, subject and author. */
    public record Draft(EntryKind kind, String currency, String reference, String description, String createdBy) {}

    /**
     * Locks {@code refs}, asks {@code lines} for the entry's lines given the locked accounts, and
     * appends the entry. The lines may only touch locked accounts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public JournalEntry post(
            Draft draft, Collection<AccountRef> refs, Function<Map<AccountRef, Account>, List<Posting>> lines) {
        return postUnlessEmpty(draft, refs, lines)
                .orElseThrow(() -> new IllegalStateException("No lines for " + draft));
    }

    /** Like {@link #post(Draft, Collection, Function)}, but posts nothing when {@code lines} gives no line. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<JournalEntry> postUnlessEmpty(
            Draft draft, Collection<AccountRef> refs, Function<Map<AccountRef, Account>, List<Posting>> lines) {
        Map<AccountRef, Account> locked = lock(refs);
        List<Posting> postings = lines.apply(locked);
        if (postings.stream().allMatch(line -> line.amount() == 0)) {
            return Optional.empty();
        }
        JournalEntry entry = new JournalEntry(
                TimeOrderedIds.next(),
                draft.kind(),
                draft.currency(),
                draft.reference(),
                draft.description(),
                draft.createdBy(),
                clock.instant(),
                postings);
        requireWalletsWithinLimits(entry, locked);
        journal.append(entry, locked);
        return Optional.of(entry);
    }

    /** Posts fixed lines. */
    @Transactional(propagation = Propagation.MANDATORY)
    public JournalEntry post(Draft draft, List<Posting> lines) {
        return post(draft, lines.stream().map(Posting::account).toList(), locked -> lines);
    }

    private Map<AccountRef, Account> lock(Collection<AccountRef> refs) {
        TreeSet<AccountRef> ordered = new TreeSet<>(LOCK_ORDER);
        ordered.addAll(refs);
        Map<AccountRef, Account> locked = new LinkedHashMap<>();
        for (AccountRef ref : ordered) {
            locked.put(ref, accounts.lock(ref));
        }
        return locked;
    }

    private static void requireWalletsWithinLimits(JournalEntry entry, Map<AccountRef, Account> locked) {
        Map<AccountRef, Long> change = new HashMap<>();
        for (Posting line : entry.lines()) {
            Account account = locked.get(line.account());
            if (account == null) {
                throw new IllegalStateException("Line on an account not locked: " + line.account());
            }
            change.merge(line.account(), line.amount(), Math::addExact);
        }
        change.forEach((ref, delta) -> {
            if (ref.kind().isWallet() && delta < 0) {
                locked.get(ref).requireFunds(Money.of(-delta, ref.currency()), "amount");
            }
        });
    }
}
