package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentProvider;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.wallet.domain.Money;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe PaymentIntents over Stripe's HTTP API (form-encoded requests, JSON answers, the secret key as a
 * bearer token). Our payment id travels as the request's Idempotency-Key and in metadata[payment_id],
 * so a retried create never charges twice and webhooks find their payment. Amounts are in Stripe's
 * smallest unit, which is our minor unit for USD and for zero-decimal UGX.
 */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.stripe.api-key")
public class StripePaymentProvider implements PaymentProvider {

    public static final String NAME = "stripe";

    private final PaymentsProperties.Stripe settings;
    private final ProviderHttp http;

    public StripePaymentProvider(PaymentsProperties properties, JsonMapper json) {
        this.settings = properties.stripe();
        this.http = new ProviderHttp(NAME, settings.timeout(), json);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderPayment create(UUID paymentId, Money amount, PaymentRequestDetails details) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("amount", Long.toString(amount.minor()));
        form.put("currency", amount.currency().toLowerCase(Locale.ROOT));
        form.put("description", details.description());
        form.put("metadata[payment_id]", paymentId.toString());
        form.put("metadata[user_id]", details.userId());
        if (details.methodToken() != null) {
            form.put("payment_method", details.methodToken());
            form.put("confirm", "true");
            form.put("off_session", "true");
        } else {
            form.put("automatic_payment_methods[enabled]", "true");
        }
        HttpRequest request = authorized(http.request(settings.baseUrl().resolve("/v1/payment_intents")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", paymentId.toString())
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        return payment(http.send(request));
    }

    @Override
    public ProviderPayment status(String providerPaymentId, UUID paymentId) {
        URI uri = settings.baseUrl()
                .resolve("/v1/payment_intents/" + URLEncoder.encode(providerPaymentId, StandardCharsets.UTF_8));
        return payment(http.send(authorized(http.request(uri)).GET().build()));
    }

    /** Our view of a Stripe PaymentIntent object (from an API answer or a webhook event). */
    static ProviderPayment payment(JsonNode intent) {
        String status = intent.path("status").asString("");
        PaymentStatus ours = switch (status) {
            case "succeeded" -> PaymentStatus.SUCCEEDED;
            case "canceled" -> PaymentStatus.FAILED;
            default -> PaymentStatus.PENDING;
        };
        String error = intent.path("last_payment_error").path("message").asString(null);
        Long amount = intent.has("amount_received") && ours == PaymentStatus.SUCCEEDED
                ? intent.path("amount_received").asLong()
                : null;
        return new ProviderPayment(
                intent.path("id").asString(),
                ours,
                null,
                amount,
                status.equals("canceled") ? intent.path("cancellation_reason").asString("canceled") : error);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + settings.apiKey());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
