package io.evzone.billing.payments.domain;

import io.evzone.billing.wallet.domain.Money;
import java.util.UUID;

/**
 * A payment service the platform collects money through. Adapters speak each provider's documented
 * HTTP API; failures to reach it or refusals surface as {@link ProviderException}.
 */
public interface PaymentProvider {

    /** The name in URLs, configuration and the ledger ({@code stripe}, {@code momo}...). */
    String name();

    /** Starts collecting {@code amount}; {@code paymentId} is ours, sent as the provider's reference. */
    ProviderPayment create(UUID paymentId, Money amount, PaymentRequestDetails details);

    /** Asks the provider where a payment stands. */
    ProviderPayment status(String providerPaymentId, UUID paymentId);

    /** How the payer is identified for the provider: a saved method's token, a phone, an email. */
    record PaymentRequestDetails(String userId, String email, String methodToken, String phone, String description) {}
}
