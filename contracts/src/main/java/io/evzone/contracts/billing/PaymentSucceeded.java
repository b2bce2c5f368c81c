package io.evzone.contracts.billing;

import java.time.Instant;

/**
 * A payment was confirmed by its provider and applied to the ledger.
 *
 * @param paymentId billing's payment intent id
 * @param userId the payer
 * @param amount minor units of {@code currency}
 * @param provider {@code sandbox}, {@code stripe}, {@code flutterwave} or {@code momo}
 * @param purpose {@code TOP_UP}, {@code INVOICE} or {@code SESSION}
 */
public record PaymentSucceeded(
        String paymentId,
        String userId,
        String organizationId,
        long amount,
        String currency,
        String provider,
        String providerPaymentId,
        String purpose,
        Instant at) {}
