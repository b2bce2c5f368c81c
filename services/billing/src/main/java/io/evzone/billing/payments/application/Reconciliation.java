package io.evzone.billing.payments.application;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentIntent;
import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.domain.PaymentProvider;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderException;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.wallet.domain.BillingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Asks each provider about every payment still pending past {@code reconcile-after} and settles or
 * fails it; a payment the provider still calls pending after its expiry is expired. A payment whose
 * create call never got an answer is created again under the same idempotency reference (the provider
 * returns the first one). Returns what changed and what could not be decided.
 */
@Component
public class Reconciliation {

    private static final int BATCH = 200;

    private final PaymentIntents intents;
    private final PaymentProviders providers;
    private final PaymentSettlement settlement;
    private final PaymentsProperties properties;
    private final Clock clock;

    public Reconciliation(
            PaymentIntents intents,
            PaymentProviders providers,
            PaymentSettlement settlement,
            PaymentsProperties properties,
            Clock clock) {
        this.intents = intents;
        this.providers = providers;
        this.settlement = settlement;
        this.properties = properties;
        this.clock = clock;
    }

    /** One payment whose state differed between the platform and its provider, or could not be learned. */
    public record Difference(
            String paymentId, String provider, String providerPaymentId, String was, String now, String note) {}

    public record Report(Instant at, int checked, List<Difference> differences) {}

    public Report run() {
        Instant now = clock.instant();
        Instant before = now.minus(properties.reconcileAfter());
        List<Difference> differences = new ArrayList<>();
        int checked = 0;
        for (PaymentProvider provider : providers.all()) {
            for (PaymentIntent pending : intents.pendingBefore(provider.name(), before, BATCH)) {
                checked++;
                Difference difference = reconcile(provider, pending, now);
                if (difference != null) {
                    differences.add(difference);
                }
            }
        }
        return new Report(now, checked, differences);
    }

    /**
     * Asks the provider about one pending payment now (the payer back from checkout) and settles it as
     * the provider answers; a provider that cannot be reached leaves it pending.
     */
    public PaymentStatus confirm(PaymentIntent pending) {
        if (pending.status() != PaymentStatus.PENDING) {
            return pending.status();
        }
        reconcile(providers.get(pending.provider(), "provider"), pending, clock.instant());
        return intents.find(pending.id()).map(PaymentIntent::status).orElse(PaymentStatus.PENDING);
    }

    private Difference reconcile(PaymentProvider provider, PaymentIntent pending, Instant now) {
        ProviderPayment answer;
        try {
            answer = pending.providerPaymentId() != null
                    ? provider.status(pending.providerPaymentId(), pending.id())
                    : provider.create(
                            pending.id(),
                            pending.amount(),
                            new PaymentProvider.PaymentRequestDetails(
                                    pending.userId(), null, null, null, "EVZone payment"));
        } catch (BillingException e) {
            return difference(pending, PaymentStatus.PENDING, "cannot be asked again: " + e.getMessage());
        } catch (ProviderException e) {
            if (!e.declined()) {
                return difference(pending, PaymentStatus.PENDING, "provider unreachable: " + e.getMessage());
            }
            answer = new ProviderPayment(pending.providerPaymentId(), PaymentStatus.FAILED, null, null, e.getMessage());
        }
        if (answer.status() == PaymentStatus.PENDING && pending.expiresAt().isBefore(now)) {
            answer = new ProviderPayment(answer.providerPaymentId(), PaymentStatus.EXPIRED, null, null, "expired");
        }
        PaymentStatus after = settlement.apply(pending.id(), answer);
        return after == PaymentStatus.PENDING ? null : difference(pending, after, answer.failureReason());
    }

    private static Difference difference(PaymentIntent pending, PaymentStatus now, String note) {
        return new Difference(
                pending.id().toString(),
                pending.provider(),
                pending.providerPaymentId(),
                pending.status().name(),
                now.name(),
                note);
    }
}
