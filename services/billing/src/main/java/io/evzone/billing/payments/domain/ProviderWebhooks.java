package io.evzone.billing.payments.domain;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How one provider's webhooks are authenticated and read. */
public interface ProviderWebhooks {

    String provider();

    /**
     * Checks the raw body's authenticity the provider's way and reads it.
     *
     * @param headers request headers, names in lower case
     * @throws io.evzone.billing.wallet.domain.BillingException (invalid, naming the header) when forged,
     *     stale or unreadable
     */
    Notification verify(Map<String, String> headers, String body);

    /**
     * A verified provider event.
     *
     * @param eventId the provider's id of the event, stored once
     * @param paymentId our payment id, when the event carries it
     * @param providerPaymentId the provider's payment id, when the event carries it
     * @param answer what the event says about the payment; empty when it must be asked (status query)
     */
    record Notification(
            String eventId,
            String type,
            Optional<UUID> paymentId,
            String providerPaymentId,
            Optional<ProviderPayment> answer) {}
}
