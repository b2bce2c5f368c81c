package io.evzone.notification.delivery.providers;

import io.evzone.notification.delivery.domain.DeliveryStatus;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What SMS providers' delivery callbacks mean, and whether they really come from the provider: Twilio signs each
 * callback ({@code X-Twilio-Signature}: Base64 of HMAC-SHA1 with the auth token over the callback URL followed by
 * every form parameter's name and value, sorted by name); Africa's Talking does not sign, so its callback URL carries
 * a secret token only EVZone and the provider know.
 */
public final class ProviderReceipts {

    /** A receipt: the provider's message id and what became of it. */
    public record Receipt(String providerId, DeliveryStatus status, String reason) {}

    private ProviderReceipts() {}

    public static boolean twilioSignatureValid(
            String authToken, String callbackUrl, Map<String, String> form, String signature) {
        if (authToken == null || callbackUrl == null || signature == null) {
            return false;
        }
        StringBuilder signed = new StringBuilder(callbackUrl);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] expected = mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(
                    Base64.getEncoder().encode(expected), signature.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    public static boolean tokenValid(String expected, String given) {
        return expected != null
                && given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Twilio's {@code MessageStatus}: delivered, or undelivered/failed with the {@code ErrorCode}; others say nothing final. */
    public static Optional<Receipt> fromTwilio(Map<String, String> form) {
        String status = form.getOrDefault("MessageStatus", "");
        String sid = form.get("MessageSid");
        return switch (status) {
            case "delivered" -> Optional.of(new Receipt(sid, DeliveryStatus.DELIVERED, null));
            case "undelivered", "failed" ->
                Optional.of(new Receipt(
                        sid, DeliveryStatus.FAILED, "twilio: " + status + " (error " + form.get("ErrorCode") + ")"));
            default -> Optional.empty();
        };
    }

    /** Africa's Talking's {@code status}: Success, or Failed/Rejected with the {@code failureReason}. */
    public static Optional<Receipt> fromAfricasTalking(Map<String, String> form) {
        String status = form.getOrDefault("status", "");
        String id = form.get("id");
        return switch (status) {
            case "Success" -> Optional.of(new Receipt(id, DeliveryStatus.DELIVERED, null));
            case "Failed", "Rejected" ->
                Optional.of(new Receipt(
                        id,
                        DeliveryStatus.FAILED,
                        "africas-talking: " + status + " (" + form.get("failureReason") + ")"));
            default -> Optional.empty();
        };
    }
}
