package io.evzone.notification.push.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One browser or device a user's push messages go to.
 *
 * @param endpoint the push service URL of a Web Push subscription
 * @param p256dh the browser's P-256 public key, uncompressed point, base64url (RFC 8291)
 * @param auth the browser's 16-byte authentication secret, base64url
 * @param fcmToken the registration token of a Firebase Cloud Messaging device
 */
public record PushSubscription(
        UUID id,
        String userId,
        Kind kind,
        String endpoint,
        String p256dh,
        String auth,
        String fcmToken,
        Instant createdAt) {

    public enum Kind {
        WEB_PUSH,
        FCM
    }

    /** The provider's address of the subscription: the endpoint, or the FCM token. */
    public String target() {
        return kind == Kind.WEB_PUSH ? endpoint : fcmToken;
    }
}
