package io.evzone.billing.payments.web;

import io.evzone.billing.payments.domain.PaymentIntent;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment as clients see it (CLIENT-API field names), amounts in major units. */
public record PaymentIntentResponse(
        String id,
        BigDecimal amount,
        long amountMinor,
        String currency,
        String status,
        String provider,
        String providerPaymentId,
        String checkoutUrl,
        Instant expiresAt,
        String purpose,
        String failureReason,
        String transactionId,
        Instant createdAt) {

    public static PaymentIntentResponse of(PaymentIntent p) {
        return new PaymentIntentResponse(
                p.id().toString(),
                p.amount().major(),
                p.amount().minor(),
                p.amount().currency(),
                p.status().name(),
                p.provider(),
                p.providerPaymentId(),
                p.checkoutUrl(),
                p.expiresAt(),
                p.purpose().name(),
                p.failureReason(),
                p.entryId() == null ? null : p.entryId().toString(),
                p.createdAt());
    }
}
