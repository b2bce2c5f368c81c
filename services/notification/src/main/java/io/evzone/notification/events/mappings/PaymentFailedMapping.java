package io.evzone.notification.events.mappings;

import io.evzone.contracts.billing.PaymentFailed;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The payer hears that their payment failed, with the provider's reason. */
@Component
class PaymentFailedMapping extends Mapping<PaymentFailed> {

    PaymentFailedMapping() {
        super(PaymentFailed.class);
    }

    @Override
    public List<Intent> intents(PaymentFailed event) {
        if (event.userId() == null) {
            return List.of();
        }
        return List.of(Intent.toUser(
                event.userId(),
                "billing.payment-failed",
                Category.BILLING,
                Map.of(
                        "paymentId", event.paymentId(),
                        "amount", Formats.money(event.amount(), event.currency()),
                        "provider", event.provider(),
                        "reason", String.valueOf(event.reason()))));
    }
}
