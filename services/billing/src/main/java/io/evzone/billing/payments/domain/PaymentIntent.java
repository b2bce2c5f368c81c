package io.evzone.billing.payments.domain;

import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment asked of a provider on behalf of a user.
 *
 * @param owner the wallet a top-up credits
 * @param checkoutUrl where the payer completes the payment (card page, hosted checkout), if any
 */
public record PaymentIntent(
        UUID id,
        String userId,
        WalletOwner owner,
        PaymentPurpose purpose,
        Money amount,
        String provider,
        String providerPaymentId,
        PaymentStatus status,
        String checkoutUrl,
        String failureReason,
        UUID paymentMethodId,
        String invoiceId,
        String sessionId,
        UUID entryId,
        Instant expiresAt,
        Instant createdAt) {

    public PaymentIntent withProvider(ProviderPayment answer) {
        return new PaymentIntent(
                id,
                userId,
                owner,
                purpose,
                amount,
                provider,
                answer.providerPaymentId(),
                status,
                answer.checkoutUrl(),
                failureReason,
                paymentMethodId,
                invoiceId,
                sessionId,
                entryId,
                expiresAt,
                createdAt);
    }
}
