package io.evzone.billing.payments.scheduling;

import io.evzone.billing.payments.application.PaymentSettlement;
import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentIntent;
import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.providers.SandboxPaymentProvider;
import io.evzone.billing.wallet.scheduling.PeriodicJob;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Completes the sandbox's payments once their delay has passed, as a real provider's webhook would. */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxCompleter extends PeriodicJob {

    private static final int BATCH = 200;

    private final PaymentIntents intents;
    private final SandboxPaymentProvider sandbox;
    private final PaymentSettlement settlement;
    private final PaymentsProperties properties;
    private final Clock clock;

    SandboxCompleter(
            PaymentIntents intents,
            SandboxPaymentProvider sandbox,
            PaymentSettlement settlement,
            PaymentsProperties properties,
            Clock clock) {
        super("billing-sandbox-payments", properties.sandbox().pollInterval());
        this.intents = intents;
        this.sandbox = sandbox;
        this.settlement = settlement;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        var due = clock.instant().minus(properties.sandbox().completeAfter());
        for (PaymentIntent pending : intents.pendingBefore(SandboxPaymentProvider.NAME, due, BATCH)) {
            if (pending.providerPaymentId() != null) {
                settlement.apply(pending.id(), sandbox.status(pending.providerPaymentId(), pending.id()));
            }
        }
    }
}
