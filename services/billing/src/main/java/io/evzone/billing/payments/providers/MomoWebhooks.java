package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.domain.ProviderWebhooks;
import io.evzone.billing.wallet.domain.BillingException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MTN MoMo callbacks are not signed: the body only says which request to pay changed (its reference id,
 * our payment id). Nothing in it is believed; the payment's status is asked of MoMo (a status query)
 * before anything is applied, so a forged callback can at most make us ask.
 */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.momo.api-key")
public class MomoWebhooks implements ProviderWebhooks {

    private final JsonMapper json;

    public MomoWebhooks(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String provider() {
        return MomoPaymentProvider.NAME;
    }

    @Override
    public Notification verify(Map<String, String> headers, String body) {
        JsonNode callback;
        try {
            callback = json.readTree(body);
        } catch (JacksonException e) {
            throw BillingException.invalid("body", "is not a MoMo callback");
        }
        String reference = callback.path("externalId").asString(headers.get("x-reference-id"));
        UUID paymentId;
        try {
            paymentId = UUID.fromString(reference);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw BillingException.invalid("externalId", "is not a payment of this platform");
        }
        String status = callback.path("status").asString("UNKNOWN");
        String eventId = reference + ":" + status + ":"
                + callback.path("financialTransactionId").asString("");
        return new Notification(eventId, "requesttopay." + status, Optional.of(paymentId), reference, Optional.empty());
    }
}
