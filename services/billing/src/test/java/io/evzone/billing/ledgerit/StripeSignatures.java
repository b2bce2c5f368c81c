package io.evzone.billing.ledgerit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook bodies as Stripe does: {@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">}. */
final class StripeSignatures {

    static final String SECRET = "whsec_evzone_test";

    private StripeSignatures() {}

    static String header(String body, long epochSeconds, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature =
                    HexFormat.of().formatHex(mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
            return "t=" + epochSeconds + ",v1=" + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String event(String eventId, String type, String intentId, String paymentId, String status, long amount) {
        return """
                {"id": "%s", "object": "event", "type": "%s", "data": {"object": {"id": "%s", "object": "payment_intent",
                 "status": "%s", "amount": %d, "amount_received": %d, "currency": "ugx",
                 "metadata": {"payment_id": "%s"}}}}""".formatted(
                        eventId, type, intentId, status, amount, status.equals("succeeded") ? amount : 0, paymentId);
    }
}
