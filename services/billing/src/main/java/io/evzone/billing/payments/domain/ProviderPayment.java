package io.evzone.billing.payments.domain;

/**
 * What a provider answered about a payment.
 *
 * @param status the provider's state mapped to ours
 * @param amountMinor the amount the provider reports, when it does (checked against the intent)
 * @param failureReason the provider's reason for a failure, or null
 */
public record ProviderPayment(
        String providerPaymentId, PaymentStatus status, String checkoutUrl, Long amountMinor, String failureReason) {

    public static ProviderPayment pending(String providerPaymentId, String checkoutUrl) {
        return new ProviderPayment(providerPaymentId, PaymentStatus.PENDING, checkoutUrl, null, null);
    }
}
