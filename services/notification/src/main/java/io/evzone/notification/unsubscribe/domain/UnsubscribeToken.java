package io.evzone.notification.unsubscribe.domain;

import io.evzone.notification.preferences.domain.Category;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A (user, category) pair signed with HMAC-SHA-256, so a link in an email unsubscribes that user from that category
 * without a login and cannot be altered to unsubscribe anyone else.
 */
public final class UnsubscribeToken {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** What a valid token names. */
    public record Subject(String userId, Category category) {}

    private final byte[] secret;

    public UnsubscribeToken(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the unsubscribe secret needs at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    public String sign(String userId, Category category) {
        String payload = ENCODE.encodeToString((userId + "\n" + category.name()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(mac(payload));
    }

    /** @return the user and category, or empty for a token this server did not sign */
    public Optional<Subject> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(payload), DECODE.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(payload), StandardCharsets.UTF_8).split("\n", 2);
            return Optional.of(new Subject(parts[0], Category.valueOf(parts[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
