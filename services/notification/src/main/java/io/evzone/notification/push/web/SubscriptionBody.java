package io.evzone.notification.push.web;

import io.evzone.notification.push.domain.PushSubscription;
import io.evzone.platform.web.ApiException;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A push subscription as clients send and see it: a browser's {@code PushSubscription.toJSON()} or an FCM token.
 *
 * @param expirationTime accepted as browsers send it, not kept
 */
record SubscriptionBody(
        UUID id, String type, String endpoint, Keys keys, Long expirationTime, String fcmToken, Instant createdAt) {

    record Keys(String p256dh, String auth) {}

    static SubscriptionBody of(PushSubscription s) {
        Keys keys = s.kind() == PushSubscription.Kind.WEB_PUSH ? new Keys(s.p256dh(), s.auth()) : null;
        return new SubscriptionBody(s.id(), s.kind().name(), s.endpoint(), keys, null, s.fcmToken(), s.createdAt());
    }

    PushSubscription toSubscription(UUID id, String userId, Instant now) {
        boolean web = endpoint != null;
        if (web == (fcmToken != null)) {
            throw ApiException.badRequest("endpoint: give either endpoint with keys, or fcmToken");
        }
        if (!web) {
            if (fcmToken.isBlank()) {
                throw ApiException.badRequest("fcmToken: required");
            }
            return new PushSubscription(id, userId, PushSubscription.Kind.FCM, null, null, null, fcmToken, now);
        }
        URI uri = parse(endpoint);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw ApiException.badRequest("endpoint: must be an https URL");
        }
        if (keys == null) {
            throw ApiException.badRequest("keys: required with endpoint");
        }
        checkKey("keys.p256dh", keys.p256dh(), 65);
        checkKey("keys.auth", keys.auth(), 16);
        return new PushSubscription(
                id, userId, PushSubscription.Kind.WEB_PUSH, endpoint, keys.p256dh(), keys.auth(), null, now);
    }

    private static URI parse(String endpoint) {
        try {
            return URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("endpoint: not a URL");
        }
    }

    private static void checkKey(String field, String value, int bytes) {
        try {
            if (value != null && Base64.getUrlDecoder().decode(value.replace("=", "")).length == bytes) {
                return;
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field + ": not base64url");
        }
        throw ApiException.badRequest(field + ": must be " + bytes + " bytes in base64url");
    }
}
