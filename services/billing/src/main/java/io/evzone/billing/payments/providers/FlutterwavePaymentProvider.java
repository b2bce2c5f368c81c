package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentProvider;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderException;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.Money;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flutterwave v3 Standard: {@code POST /v3/payments} with our payment id as {@code tx_ref} answers a
 * hosted checkout link (cards and Ugandan mobile money); the outcome is read with
 * {@code GET /v3/transactions/verify_by_reference?tx_ref=}. Amounts travel in major units.
 */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.flutterwave.secret-key")
public class FlutterwavePaymentProvider implements PaymentProvider {

    public static final String NAME = "flutterwave";

    private final PaymentsProperties.Flutterwave settings;
    private final ProviderHttp http;
    private final JsonMapper json;

    public FlutterwavePaymentProvider(PaymentsProperties properties, JsonMapper json) {
        this.settings = properties.flutterwave();
        this.json = json;
        this.http = new ProviderHttp(NAME, settings.timeout(), json);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderPayment create(UUID paymentId, Money amount, PaymentRequestDetails details) {
        var customer = json.createObjectNode()
                .put("email", details.email() == null ? "payer@evzone.invalid" : details.email());
        if (details.phone() != null) {
            customer.put("phonenumber", details.phone());
        }
        String body = json.createObjectNode()
                .put("tx_ref", paymentId.toString())
                .put("amount", amount.major().toPlainString())
                .put("currency", amount.currency())
                .put("redirect_url", settings.redirectUrl())
                .put("payment_options", "card,mobilemoneyuganda")
                .set("customer", customer)
                .toString();
        JsonNode answer = http.send(authorized(http.request(settings.baseUrl().resolve("/v3/payments")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        String link = answer.path("data").path("link").asString(null);
        if (!"success".equals(answer.path("status").asString()) || link == null) {
            throw new ProviderException(
                    "flutterwave: " + answer.path("message").asString("no checkout link"), true, null);
        }
        return ProviderPayment.pending(paymentId.toString(), link);
    }

    @Override
    public ProviderPayment status(String providerPaymentId, UUID paymentId) {
        String reference = URLEncoder.encode(paymentId.toString(), StandardCharsets.UTF_8);
        JsonNode data = http.send(authorized(http.request(
                                settings.baseUrl().resolve("/v3/transactions/verify_by_reference?tx_ref=" + reference)))
                        .GET()
                        .build())
                .path("data");
        PaymentStatus status = switch (data.path("status").asString("")) {
            case "successful" -> PaymentStatus.SUCCEEDED;
            case "failed", "cancelled" -> PaymentStatus.FAILED;
            default -> PaymentStatus.PENDING;
        };
        Long amount = status == PaymentStatus.SUCCEEDED ? minor(data) : null;
        return new ProviderPayment(
                paymentId.toString(),
                status,
                null,
                amount,
                status == PaymentStatus.FAILED ? data.path("processor_response").asString("failed") : null);
    }

    private static Long minor(JsonNode data) {
        try {
            return Money.ofMajor(
                            new BigDecimal(data.path("amount").asString()),
                            data.path("currency").asString(),
                            "amount")
                    .minor();
        } catch (BillingException | NumberFormatException e) {
            return -1L;
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + settings.secretKey());
    }
}
