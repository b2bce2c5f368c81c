package io.evzone.notification.events.mappings;

import io.evzone.contracts.billing.PaymentSucceeded;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The payer hears that their payment went through. */
@Component
class PaymentSucceededMapping extends Mapping<PaymentSucceeded> {

    PaymentSucceededMapping() {
        super(PaymentSucceeded.class);
    }

    @Override
    public List<Intent> intents(PaymentSucceeded event) {
        if (event.userId() == null) {
            return List.of();
        }
        return List.of(Intent.toUser(
                event.userId(),
                "billing.payment-succeeded",
                Category.BILLING,
                Map.of(
                        "paymentId", event.paymentId(),
                        "amount", Formats.money(event.amount(), event.currency()),
                        "provider", event.provider(),
                        "purpose", String.valueOf(event.purpose()))));
    }
}
