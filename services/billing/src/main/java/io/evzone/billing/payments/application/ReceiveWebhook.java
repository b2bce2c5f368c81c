package io.evzone.billing.payments.application;

import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.domain.ProviderEvents;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.payments.domain.ProviderWebhooks;
import io.evzone.billing.wallet.domain.BillingException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a provider's webhook: authenticated the provider's way, stored once by the provider's event id,
 * and applied to its payment through {@link PaymentSettlement} (which makes repeats and out-of-order
 * events harmless). An event whose payment this deployment does not know is stored and ignored.
 */
@Component
public class ReceiveWebhook {

    public enum Outcome {
        APPLIED,
        DUPLICATE,
        UNKNOWN_PAYMENT
    }

    private final Map<String, ProviderWebhooks> webhooks;
    private final PaymentProviders providers;
    private final ProviderEvents events;
    private final PaymentIntents intents;
    private final PaymentSettlement settlement;
    private final Clock clock;

    public ReceiveWebhook(
            List<ProviderWebhooks> webhooks,
            PaymentProviders providers,
            ProviderEvents events,
            PaymentIntents intents,
            PaymentSettlement settlement,
            Clock clock) {
        this.webhooks = webhooks.stream().collect(Collectors.toMap(ProviderWebhooks::provider, Function.identity()));
        this.providers = providers;
        this.events = events;
        this.intents = intents;
        this.settlement = settlement;
        this.clock = clock;
    }

    @Transactional
    public Outcome handle(String provider, Map<String, String> headers, String body) {
        ProviderWebhooks verifier = webhooks.get(provider);
        if (verifier == null) {
            throw BillingException.invalid(
                    "provider", "'" + provider + "' has no webhooks configured " + webhooks.keySet());
        }
        ProviderWebhooks.Notification notification = verifier.verify(headers, body);
        Optional<UUID> payment = notification
                .paymentId()
                .filter(id -> intents.find(id)
                        .filter(found -> found.provider().equals(provider))
                        .isPresent())
                .or(() -> Optional.ofNullable(notification.providerPaymentId())
                        .flatMap(id -> intents.idByProviderPayment(provider, id)));
        if (!events.add(
                provider, notification.eventId(), notification.type(), payment.orElse(null), body, clock.instant())) {
            return Outcome.DUPLICATE;
        }
        if (payment.isEmpty()) {
            return Outcome.UNKNOWN_PAYMENT;
        }
        ProviderPayment answer = notification
                .answer()
                .orElseGet(() -> providers
                        .get(provider, "provider")
                        .status(intents.find(payment.get()).orElseThrow().providerPaymentId(), payment.get()));
        settlement.apply(payment.get(), answer);
        return Outcome.APPLIED;
    }
}
