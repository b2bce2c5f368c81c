package io.evzone.billing.payments.application;

import io.evzone.billing.payments.domain.PaymentProvider;
import io.evzone.billing.wallet.domain.BillingException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The providers configured in this deployment, by name. */
@Component
public class PaymentProviders {

    private final Map<String, PaymentProvider> byName;

    public PaymentProviders(List<PaymentProvider> providers) {
        this.byName = providers.stream().collect(Collectors.toMap(PaymentProvider::name, Function.identity()));
    }

    /** The named provider, or a 400 naming {@code field} when it is unknown or not configured. */
    public PaymentProvider get(String name, String field) {
        PaymentProvider provider = name == null ? null : byName.get(name);
        if (provider == null) {
            throw BillingException.invalid(
                    field, "'" + name + "' is not a configured payment provider " + byName.keySet());
        }
        return provider;
    }

    public List<PaymentProvider> all() {
        return List.copyOf(byName.values());
    }
}
