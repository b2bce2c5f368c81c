package io.evzone.billing.wallet.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A posting to the ledger: lines in one currency that sum to zero (the database checks it again
 * when the transaction commits). Entries are never changed; a correction is another entry.
 *
 * @param reference what the entry is about (a session, a payment, an earlier entry), or null
 * @param createdBy the user or process that caused it
 */
public record JournalEntry(
        UUID id,
        EntryKind kind,
        String currency,
        String reference,
        String description,
        String createdBy,
        Instant createdAt,
        List<Posting> lines) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = lines.stream().filter(line -> line.amount() != 0).toList();
        if (lines.size() < 2) {
            throw new IllegalArgumentException("An entry needs at least two non-zero lines: " + lines);
        }
        long sum = 0;
        for (Posting line : lines) {
            if (!line.account().currency().equals(currency)) {
                throw new IllegalArgumentException(
                        "Line in " + line.account().currency() + " on a " + currency + " entry");
            }
            sum = Math.addExact(sum, line.amount());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("Entry lines sum to " + sum + ", not zero: " + lines);
        }
    }
}
