package io.evzone.billing.wallet.domain;

import java.time.Instant;
import java.util.UUID;

/** One line of an account's history, with the entry it belongs to. */
public record LedgerLine(
        long id, UUID entryId, EntryKind kind, Money amount, String reference, String description, Instant at) {}
