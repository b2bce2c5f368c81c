package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.ProviderWebhooks;
import io.evzone.billing.wallet.domain.BillingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flutterwave webhooks carry the secret hash set on the dashboard in {@code verif-hash}; anything else is
 * refused. The transaction is then verified by reference with Flutterwave's API before it is applied.
 */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.flutterwave.secret-hash")
public class FlutterwaveWebhooks implements ProviderWebhooks {

    static final String HEADER = "verif-hash";

    private final PaymentsProperties.Flutterwave settings;
    private final JsonMapper json;

    public FlutterwaveWebhooks(PaymentsProperties properties, JsonMapper json) {
        this.settings = properties.flutterwave();
        this.json = json;
    }

    @Override
    public String provider() {
        return FlutterwavePaymentProvider.NAME;
    }

    @Override
    public Notification verify(Map<String, String> headers, String body) {
        String hash = headers.get(HEADER);
        if (hash == null
                || !MessageDigest.isEqual(
                        hash.getBytes(StandardCharsets.UTF_8),
                        settings.secretHash().getBytes(StandardCharsets.UTF_8))) {
            throw BillingException.invalid(HEADER, "does not match the configured secret hash");
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            throw BillingException.invalid("body", "is not a Flutterwave event");
        }
        JsonNode data = event.path("data");
        String reference = data.path("tx_ref").asString(null);
        Optional<UUID> paymentId;
        try {
            paymentId = Optional.ofNullable(reference).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            paymentId = Optional.empty();
        }
        String eventId =
                data.path("id").asString("") + ":" + data.path("status").asString("");
        return new Notification(
                eventId, event.path("event").asString("unknown"), paymentId, reference, Optional.empty());
    }
}
