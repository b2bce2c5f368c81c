package io.evzone.billing.payments.application;

import io.evzone.billing.payments.domain.PaymentIntent;
import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.wallet.application.WalletCredits;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.PaymentFailed;
import io.evzone.contracts.billing.PaymentSucceeded;
import io.evzone.platform.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what a provider says about a payment, whichever way it learned it (the create answer, a
 * webhook, reconciliation), exactly once: the intent is locked, a success is final and credits the
 * wallet once, a failure only ends a pending payment, and a pending answer changes nothing. So events
 * arriving twice or out of order (a failure after the success) leave the ledger as one success made it.
 */
@Component
public class PaymentSettlement {

    private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);

    private final PaymentIntents intents;
    private final WalletCredits credits;
    private final Outbox outbox;
    private final Clock clock;

    public PaymentSettlement(PaymentIntents intents, WalletCredits credits, Outbox outbox, Clock clock) {
        this.intents = intents;
        this.credits = credits;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the payment's status after applying the answer */
    @Transactional
    public PaymentStatus apply(UUID paymentId, ProviderPayment answer) {
        PaymentIntent intent =
                intents.lock(paymentId).orElseThrow(() -> new IllegalArgumentException("No payment " + paymentId));
        if (intent.status().isFinal() || answer.status() == PaymentStatus.PENDING) {
            return intent.status();
        }
        if (answer.status() == PaymentStatus.SUCCEEDED) {
            if (answer.amountMinor() != null
                    && answer.amountMinor() != intent.amount().minor()) {
                log.warn(
                        "Payment {}: {} reports {} minor units, not {}; left pending for review",
                        paymentId,
                        intent.provider(),
                        answer.amountMinor(),
                        intent.amount().minor());
                return intent.status();
            }
            succeed(intent);
            return PaymentStatus.SUCCEEDED;
        }
        if (intent.status() == PaymentStatus.PENDING) {
            fail(intent, answer.status(), answer.failureReason());
        }
        return answer.status();
    }

    private void succeed(PaymentIntent intent) {
        JournalEntry entry = credits.topUp(
                intent.owner(), intent.amount(), intent.provider(), intent.id().toString(), intent.userId());
        intents.settle(intent.id(), PaymentStatus.SUCCEEDED, null, entry.id(), clock.instant());
        outbox.append(
                Topics.BILLING_EVENTS,
                intent.userId(),
                new PaymentSucceeded(
                        intent.id().toString(),
                        intent.userId(),
                        organizationOf(intent),
                        intent.amount().minor(),
                        intent.amount().currency(),
                        intent.provider(),
                        intent.providerPaymentId(),
                        intent.purpose().name(),
                        clock.instant()));
    }

    private void fail(PaymentIntent intent, PaymentStatus status, String reason) {
        String why = reason == null ? status.name().toLowerCase(java.util.Locale.ROOT) : reason;
        intents.settle(intent.id(), status, why, null, clock.instant());
        outbox.append(
                Topics.BILLING_EVENTS,
                intent.userId(),
                new PaymentFailed(
                        intent.id().toString(),
                        intent.userId(),
                        organizationOf(intent),
                        intent.amount().minor(),
                        intent.amount().currency(),
                        intent.provider(),
                        intent.providerPaymentId(),
                        why,
                        clock.instant()));
    }

    private static String organizationOf(PaymentIntent intent) {
        return intent.owner().kind().isWallet() && intent.owner().kind().name().startsWith("ORGANIZATION")
                ? intent.owner().id()
                : null;
    }
}
