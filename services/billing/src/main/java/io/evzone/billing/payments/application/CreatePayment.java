package io.evzone.billing.payments.application;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentIntent;
import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.domain.PaymentMethod;
import io.evzone.billing.payments.domain.PaymentMethods;
import io.evzone.billing.payments.domain.PaymentProvider;
import io.evzone.billing.payments.domain.PaymentPurpose;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderException;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.wallet.application.WalletCredits;
import io.evzone.billing.wallet.config.LedgerProperties;
import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.contracts.TimeOrderedIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks a provider to collect a payment: with the provider of the saved method named (or the user's
 * default method), else the deployment's default provider. A provider that answers at once (the
 * sandbox without delay) has the payment applied before this returns; otherwise it stays pending until
 * a webhook or reconciliation says how it ended. A provider that cannot be reached leaves it pending.
 */
@Component
public class CreatePayment {

    private final PaymentIntents intents;
    private final PaymentMethods methods;
    private final PaymentProviders providers;
    private final PaymentSettlement settlement;
    private final WalletCredits credits;
    private final Accounts accounts;
    private final PaymentsProperties properties;
    private final LedgerProperties ledger;
    private final Clock clock;

    public CreatePayment(
            PaymentIntents intents,
            PaymentMethods methods,
            PaymentProviders providers,
            PaymentSettlement settlement,
            WalletCredits credits,
            Accounts accounts,
            PaymentsProperties properties,
            LedgerProperties ledger,
            Clock clock) {
        this.intents = intents;
        this.methods = methods;
        this.providers = providers;
        this.settlement = settlement;
        this.credits = credits;
        this.accounts = accounts;
        this.properties = properties;
        this.ledger = ledger;
        this.clock = clock;
    }

    public record Request(
            String userId,
            String email,
            WalletOwner owner,
            PaymentPurpose purpose,
            BigDecimal amount,
            String currency,
            UUID paymentMethodId,
            String provider,
            String phone,
            String invoiceId,
            String sessionId) {}

    @Transactional
    public PaymentIntent handle(Request request) {
        String currency = currencyOf(request);
        credits.requireAccepts(request.owner(), currency, "currency");
        Money amount = Money.positiveOfMajor(request.amount(), currency, "amount");
        Optional<PaymentMethod> method = request.paymentMethodId() != null
                ? Optional.of(methods.find(request.userId(), request.paymentMethodId())
                        .orElseThrow(() -> BillingException.notFound("Payment method", request.paymentMethodId())))
                : methods.defaultOf(request.userId());
        String providerName = request.provider() != null
                ? request.provider()
                : method.map(PaymentMethod::provider).orElse(properties.defaultProvider());
        PaymentProvider provider = providers.get(providerName, "provider");
        Instant now = clock.instant();
        PaymentIntent intent = new PaymentIntent(
                TimeOrderedIds.next(),
                request.userId(),
                request.owner(),
                request.purpose(),
                amount,
                provider.name(),
                null,
                PaymentStatus.PENDING,
                null,
                null,
                method.map(PaymentMethod::id).orElse(null),
                request.invoiceId(),
                request.sessionId(),
                null,
                now.plus(properties.intentTtl()),
                now);
        intents.add(intent);
        var details = new PaymentProvider.PaymentRequestDetails(
                request.userId(),
                request.email(),
                method.map(PaymentMethod::token).orElse(null),
                request.phone() != null
                        ? request.phone()
                        : method.map(PaymentMethod::phone).orElse(null),
                "EVZone "
                        + request.purpose()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'));
        try {
            ProviderPayment answer = provider.create(intent.id(), amount, details);
            intents.recordProvider(intent.withProvider(answer), now);
            settlement.apply(intent.id(), answer);
        } catch (ProviderException e) {
            if (e.declined()) {
                settlement.apply(
                        intent.id(), new ProviderPayment(null, PaymentStatus.FAILED, null, null, e.getMessage()));
            }
        }
        return intents.find(intent.id()).orElseThrow();
    }

    private String currencyOf(Request request) {
        if (request.currency() != null) {
            return Money.checkedCurrency(request.currency(), "currency");
        }
        return accounts.wallet(request.owner())
                .map(Account::ref)
                .map(ref -> ref.currency())
                .orElse(ledger.defaultCurrency());
    }
}
