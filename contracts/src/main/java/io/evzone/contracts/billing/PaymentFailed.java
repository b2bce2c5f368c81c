package io.evzone.contracts.billing;

import java.time.Instant;

/**
 * A payment failed, was declined or expired at its provider; nothing was posted.
 *
 * @param reason the provider's reason, or {@code expired}
 */
public record PaymentFailed(
        String paymentId,
        String userId,
        String organizationId,
        long amount,
        String currency,
        String provider,
        String providerPaymentId,
        String reason,
        Instant at) {}
