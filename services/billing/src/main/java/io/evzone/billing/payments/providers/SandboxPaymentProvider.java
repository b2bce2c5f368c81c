package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentProvider;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.wallet.domain.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local sandbox provider: no account, no network, no real money. Every payment succeeds once
 * {@code evzone.billing.payments.sandbox.complete-after} has passed since it was asked for; the time
 * is part of its payment id, so asking about it needs no state.
 */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.sandbox.enabled", havingValue = "true", matchIfMissing = true)
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = "sandbox";

    private final PaymentsProperties.Sandbox settings;
    private final Clock clock;

    public SandboxPaymentProvider(PaymentsProperties properties, Clock clock) {
        this.settings = properties.sandbox();
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderPayment create(UUID paymentId, Money amount, PaymentRequestDetails details) {
        String id = "sbx_" + clock.millis() + "_" + paymentId;
        return status(id, paymentId);
    }

    @Override
    public ProviderPayment status(String providerPaymentId, UUID paymentId) {
        String[] parts = providerPaymentId.split("_", 3);
        Instant asked = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        boolean done = !clock.instant().isBefore(asked.plus(settings.completeAfter()));
        return new ProviderPayment(
                providerPaymentId, done ? PaymentStatus.SUCCEEDED : PaymentStatus.PENDING, null, null, null);
    }
}
