package io.evzone.billing.payments.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payment intents. */
public interface PaymentIntents {

    void add(PaymentIntent intent);

    void recordProvider(PaymentIntent intent, Instant at);

    Optional<PaymentIntent> find(UUID id);

    /** Locked for the rest of the transaction. */
    Optional<PaymentIntent> lock(UUID id);

    Optional<UUID> idByProviderPayment(String provider, String providerPaymentId);

    void settle(UUID id, PaymentStatus status, String failureReason, UUID entryId, Instant at);

    /** Pending payments of {@code provider} created before {@code before}, oldest first. */
    List<PaymentIntent> pendingBefore(String provider, Instant before, int limit);

    List<PaymentIntent> ofUser(String userId, int limit, int offset);

    /** Newest first. */
    List<PaymentIntent> matching(PaymentQuery query, int limit, int offset);
}
