package io.evzone.billing.payments.application;

import io.evzone.billing.payments.domain.PaymentMethod;
import io.evzone.billing.payments.domain.PaymentMethods;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.contracts.TimeOrderedIds;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's saved payment methods: provider tokens only. Something that looks like a card number (PAN)
 * is refused and never stored; a user's first method becomes their default.
 */
@Component
public class ManagePaymentMethods {

    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9 -]{12,23}");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");
    private static final Set<String> TYPES = Set.of("CARD", "MOBILE_MONEY");

    private final PaymentMethods methods;
    private final PaymentProviders providers;
    private final Clock clock;

    public ManagePaymentMethods(PaymentMethods methods, PaymentProviders providers, Clock clock) {
        this.methods = methods;
        this.providers = providers;
        this.clock = clock;
    }

    public record NewMethod(
            String provider,
            String type,
            String token,
            String label,
            String brand,
            String last4,
            String phone,
            Boolean isDefault) {}

    @Transactional
    public PaymentMethod add(String userId, NewMethod request) {
        providers.get(request.provider(), "provider");
        String type = request.type() == null ? "CARD" : request.type();
        if (!TYPES.contains(type)) {
            throw BillingException.invalid("type", "must be one of " + TYPES);
        }
        if (request.token() == null || request.token().isBlank()) {
            throw BillingException.invalid("token", "is required: the provider's token for the method");
        }
        if (CARD_NUMBER.matcher(request.token()).matches()) {
            throw BillingException.invalid(
                    "token", "looks like a card number; send the provider's token, never the card");
        }
        if (request.last4() != null && !LAST4.matcher(request.last4()).matches()) {
            throw BillingException.invalid("last4", "must be four digits");
        }
        boolean first = methods.defaultOf(userId).isEmpty();
        PaymentMethod method = new PaymentMethod(
                TimeOrderedIds.next(),
                userId,
                request.provider(),
                type,
                request.token(),
                request.label(),
                request.brand(),
                request.last4(),
                request.phone(),
                false,
                clock.instant());
        methods.add(method);
        if (first || Boolean.TRUE.equals(request.isDefault())) {
            methods.makeDefault(userId, method.id());
        }
        return methods.find(userId, method.id()).orElseThrow();
    }

    @Transactional
    public PaymentMethod relabel(String userId, UUID id, String label) {
        get(userId, id);
        methods.updateLabel(id, label);
        return get(userId, id);
    }

    @Transactional
    public PaymentMethod makeDefault(String userId, UUID id) {
        get(userId, id);
        methods.makeDefault(userId, id);
        return get(userId, id);
    }

    @Transactional
    public void delete(String userId, UUID id) {
        if (!methods.delete(userId, id)) {
            throw BillingException.notFound("Payment method", id);
        }
    }

    public List<PaymentMethod> list(String userId, int limit, int offset) {
        return methods.of(userId, limit, offset);
    }

    private PaymentMethod get(String userId, UUID id) {
        return methods.find(userId, id).orElseThrow(() -> BillingException.notFound("Payment method", id));
    }
}
