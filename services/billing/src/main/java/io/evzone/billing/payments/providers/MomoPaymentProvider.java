package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentProvider;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderException;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.Money;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MTN MoMo Collections: an access token from {@code POST /collection/token/} (Basic API user and key),
 * then {@code POST /collection/v1_0/requesttopay} with our payment id as {@code X-Reference-Id}, which is
 * also how its status is read ({@code GET /collection/v1_0/requesttopay/{referenceId}}). The payer
 * approves on their phone; UGX amounts are whole shillings.
 */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.momo.api-key")
public class MomoPaymentProvider implements PaymentProvider {

    public static final String NAME = "momo";

    private final PaymentsProperties.Momo settings;
    private final ProviderHttp http;
    private final JsonMapper json;
    private final Clock clock;
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    public MomoPaymentProvider(PaymentsProperties properties, JsonMapper json, Clock clock) {
        this.settings = properties.momo();
        this.json = json;
        this.clock = clock;
        this.http = new ProviderHttp(NAME, settings.timeout(), json);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderPayment create(UUID paymentId, Money amount, PaymentRequestDetails details) {
        if (details.phone() == null || details.phone().isBlank()) {
            throw BillingException.invalid("phone", "is required for MTN MoMo (the payer's MSISDN)");
        }
        String body = json.createObjectNode()
                .put("amount", amount.major().toPlainString())
                .put("currency", amount.currency())
                .put("externalId", paymentId.toString())
                .put("payerMessage", details.description())
                .put("payeeNote", details.description())
                .set(
                        "payer",
                        json.createObjectNode().put("partyIdType", "MSISDN").put("partyId", msisdn(details.phone())))
                .toString();
        HttpRequest.Builder request = authorized(http.request(uri("/collection/v1_0/requesttopay")))
                .header("X-Reference-Id", paymentId.toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (settings.callbackUrl() != null) {
            request.header("X-Callback-Url", settings.callbackUrl());
        }
        http.send(request.build());
        return ProviderPayment.pending(paymentId.toString(), null);
    }

    @Override
    public ProviderPayment status(String providerPaymentId, UUID paymentId) {
        JsonNode answer = http.send(authorized(http.request(uri("/collection/v1_0/requesttopay/" + paymentId)))
                .GET()
                .build());
        PaymentStatus status = switch (answer.path("status").asString("")) {
            case "SUCCESSFUL" -> PaymentStatus.SUCCEEDED;
            case "FAILED", "REJECTED", "TIMEOUT" -> PaymentStatus.FAILED;
            default -> PaymentStatus.PENDING;
        };
        Long amount =
                status == PaymentStatus.SUCCEEDED ? minor(answer.path("amount").asString("")) : null;
        String reason = answer.path("reason").isObject()
                ? answer.path("reason")
                        .path("message")
                        .asString(answer.path("reason").path("code").asString(null))
                : answer.path("reason").asString(null);
        return new ProviderPayment(paymentId.toString(), status, null, amount, reason);
    }

    private Long minor(String amount) {
        try {
            return new java.math.BigDecimal(amount).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + accessToken())
                .header("X-Target-Environment", settings.targetEnvironment())
                .header("Ocp-Apim-Subscription-Key", settings.subscriptionKey());
    }

    private synchronized String accessToken() {
        if (token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        String basic = Base64.getEncoder()
                .encodeToString((settings.apiUser() + ":" + settings.apiKey()).getBytes(StandardCharsets.UTF_8));
        JsonNode answer = http.send(http.request(uri("/collection/token/"))
                .header("Authorization", "Basic " + basic)
                .header("Ocp-Apim-Subscription-Key", settings.subscriptionKey())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        String accessToken = answer.path("access_token").asString(null);
        if (accessToken == null) {
            throw new ProviderException("momo gave no access token", false, null);
        }
        token = accessToken;
        tokenExpires = clock.instant()
                .plusSeconds(Math.max(0, answer.path("expires_in").asLong(3600) - 60));
        return token;
    }

    private URI uri(String path) {
        return settings.baseUrl().resolve(path);
    }

    private static String msisdn(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }
}
