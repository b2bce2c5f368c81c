package io.evzone.billing.settlements.domain;

import io.evzone.billing.wallet.domain.Money;
import java.time.Instant;
import java.util.UUID;

/** A station owner's request to be paid out, to a bank account or a mobile money number. */
public record Withdrawal(
        UUID id,
        String organizationId,
        Money amount,
        String status,
        String payoutMethod,
        String payoutAccount,
        String payoutName,
        UUID entryId,
        String requestedBy,
        Instant createdAt) {}
