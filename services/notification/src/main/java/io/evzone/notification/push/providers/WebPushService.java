package io.evzone.notification.push.providers;

import io.evzone.notification.push.domain.PushGateway;
import io.evzone.notification.push.domain.PushMessage;
import io.evzone.notification.push.domain.PushResult;
import io.evzone.notification.push.domain.PushSubscription;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web Push (RFC 8030) to a browser's push service: the payload encrypted for the browser (RFC 8291), the sender
 * identified by a VAPID token (RFC 8292) signed with the server's P-256 key.
 */
public class WebPushService implements PushGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final long TTL_SECONDS = Duration.ofDays(1).toSeconds();

    /** @param subject a mailto: or https: contact for the push service's operator (RFC 8292 §2.1) */
    public record Vapid(KeyPair keys, String subject) {

        public String publicKey() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(P256.encode((ECPublicKey) keys.getPublic()));
        }
    }

    private final Vapid vapid;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public WebPushService(Vapid vapid, JsonMapper json, Clock clock) {
        this.vapid = vapid;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public PushSubscription.Kind kind() {
        return PushSubscription.Kind.WEB_PUSH;
    }

    @Override
    public PushResult push(PushSubscription subscription, PushMessage message) {
        byte[] body;
        URI endpoint;
        try {
            endpoint = URI.create(subscription.endpoint());
            body = WebPushEncryption.encrypt(
                    json.writeValueAsBytes(payload(message)),
                    Base64.getUrlDecoder().decode(subscription.p256dh()),
                    Base64.getUrlDecoder().decode(subscription.auth()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new PushResult.Gone("web push: unusable subscription keys: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("TTL", Long.toString(TTL_SECONDS))
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("Urgency", "normal")
                .header("Authorization", authorization(endpoint))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return new PushResult.Failed("web push: unreachable: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PushResult.Failed("web push: interrupted", true);
        }
    }

    private static PushResult answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new PushResult.Accepted(
                    response.headers().firstValue("Location").orElse(null));
        }
        String reason = "web push: HTTP " + status + " " + response.body();
        if (status == 404 || status == 410) {
            return new PushResult.Gone(reason);
        }
        return new PushResult.Failed(reason, status == 429 || status >= 500);
    }

    /** RFC 8292 §3: {@code vapid t=<JWT>, k=<public key>}, the JWT's audience the push service's origin. */
    private String authorization(URI endpoint) {
        String origin = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", origin);
        claims.put("exp", clock.instant().plus(TOKEN_LIFETIME).getEpochSecond());
        claims.put("sub", vapid.subject());
        return "vapid t=" + SignedJwt.es256(claims, vapid.keys().getPrivate(), json) + ", k=" + vapid.publicKey();
    }

    private static Map<String, Object> payload(PushMessage message) {
        return Map.of("title", message.title(), "body", message.body(), "data", message.data());
    }
}
