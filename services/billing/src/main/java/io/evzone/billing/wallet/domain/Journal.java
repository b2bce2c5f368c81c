package io.evzone.billing.wallet.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only journal of entries. */
public interface Journal {

    /** Appends an entry whose accounts were locked (and so exist) in this transaction. */
    void append(JournalEntry entry, Map<AccountRef, Account> accounts);

    /** The lines of an entry, in the order written. */
    List<Posting> linesOf(UUID entryId);

    /** An account's lines, newest first. */
    List<LedgerLine> lines(UUID accountId, int limit, int offset);

    /** The sum of an account's lines on entries of {@code kind} about {@code reference}. */
    long total(UUID accountId, EntryKind kind, String reference);

    /** Whether an entry of that kind about that reference exists. */
    boolean exists(EntryKind kind, String reference);

    /** The amount an earlier entry took out of the wallet, if it is a debit of that wallet. */
    java.util.Optional<Long> debitedFrom(UUID entryId, UUID walletId);

    /** How the cached balances and the journal agree. */
    LedgerCheck check();

    /** Whether every cached balance equals the sum of its account's lines and the ledger sums to zero. */
    record LedgerCheck(long accounts, long entries, Map<String, Long> totalPerCurrency, List<UUID> mismatched) {

        public boolean exact() {
            return mismatched.isEmpty() && totalPerCurrency.values().stream().allMatch(total -> total == 0);
        }
    }
}
