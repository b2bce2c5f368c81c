package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.payments.domain.ProviderPayment;
import io.evzone.billing.payments.domain.ProviderWebhooks;
import io.evzone.billing.wallet.domain.BillingException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe webhooks: the {@code Stripe-Signature} header carries {@code t} (seconds since the epoch) and
 * one or more {@code v1} signatures, each the hex HMAC-SHA256 of {@code t + "." + raw body} under the
 * endpoint's signing secret. A signature that matches none, or a timestamp outside the tolerance
 * (a replay of an old delivery), is refused.
 */
@Component
@ConditionalOnProperty(name = "evzone.billing.payments.stripe.webhook-secret")
public class StripeWebhooks implements ProviderWebhooks {

    static final String HEADER = "Stripe-Signature";

    private final PaymentsProperties.Stripe settings;
    private final JsonMapper json;
    private final Clock clock;

    public StripeWebhooks(PaymentsProperties properties, JsonMapper json, Clock clock) {
        this.settings = properties.stripe();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return StripePaymentProvider.NAME;
    }

    @Override
    public Notification verify(Map<String, String> headers, String body) {
        String header = headers.get(HEADER.toLowerCase(java.util.Locale.ROOT));
        if (header == null) {
            throw BillingException.invalid(HEADER, "is missing");
        }
        long timestamp = -1;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                timestamp = parseTimestamp(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp < 0 || signatures.isEmpty()) {
            throw BillingException.invalid(HEADER, "needs t= and v1=");
        }
        byte[] expected = sign(timestamp + "." + body);
        boolean matches = signatures.stream()
                .anyMatch(signature -> MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)));
        if (!matches) {
            throw BillingException.invalid(HEADER, "does not match the payload");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant())
                .abs();
        if (age.compareTo(settings.signatureTolerance()) > 0) {
            throw BillingException.invalid(
                    HEADER, "timestamp is outside the tolerance of " + settings.signatureTolerance());
        }
        return notification(read(body));
    }

    private Notification notification(JsonNode event) {
        String type = event.path("type").asString("");
        JsonNode intent = event.path("data").path("object");
        ProviderPayment payment = StripePaymentProvider.payment(intent);
        if (type.equals("payment_intent.payment_failed")) {
            payment = new ProviderPayment(
                    payment.providerPaymentId(),
                    PaymentStatus.FAILED,
                    null,
                    null,
                    payment.failureReason() == null ? "payment failed" : payment.failureReason());
        }
        boolean aboutAPayment = type.startsWith("payment_intent.");
        return new Notification(
                event.path("id").asString(),
                type,
                paymentId(intent.path("metadata").path("payment_id").asString(null)),
                aboutAPayment ? intent.path("id").asString(null) : null,
                aboutAPayment ? Optional.of(payment) : Optional.empty());
    }

    private JsonNode read(String body) {
        try {
            JsonNode event = json.readTree(body);
            if (!event.path("id").isString()) {
                throw BillingException.invalid("id", "the event has no id");
            }
            return event;
        } catch (JacksonException e) {
            throw BillingException.invalid("body", "is not a Stripe event");
        }
    }

    private static Optional<UUID> paymentId(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static long parseTimestamp(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
