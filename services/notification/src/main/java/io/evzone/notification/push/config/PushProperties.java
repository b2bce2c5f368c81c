package io.evzone.notification.push.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Push settings ({@code evzone.notification.push.*}).
 *
 * @param vapidPublicKey the server's P-256 public key, uncompressed point in base64url; with the private key. Unset:
 *     a key pair is made at start, so browsers must subscribe again after each restart
 * @param vapidPrivateKey the matching 32-byte private scalar in base64url
 * @param vapidSubject the contact push services may reach the sender at ({@code mailto:} or {@code https:})
 * @param fcmServiceAccount a Google service-account JSON key (its content); unset: no FCM
 * @param fcmTokenUri where access tokens are obtained; unset: the key's {@code token_uri}
 * @param fcmBaseUrl the FCM HTTP v1 API
 */
@ConfigurationProperties("evzone.notification.push")
public record PushProperties(
        String vapidPublicKey,
        String vapidPrivateKey,
        String vapidSubject,
        String fcmServiceAccount,
        String fcmTokenUri,
        String fcmBaseUrl) {

    public PushProperties {
        vapidSubject = vapidSubject == null ? "mailto:no-reply@evzone.local" : vapidSubject;
        fcmBaseUrl = fcmBaseUrl == null ? "https://fcm.googleapis.com" : fcmBaseUrl;
    }

    boolean vapidConfigured() {
        return vapidPublicKey != null && !vapidPublicKey.isBlank() && vapidPrivateKey != null;
    }

    boolean fcmConfigured() {
        return fcmServiceAccount != null && !fcmServiceAccount.isBlank();
    }
}
