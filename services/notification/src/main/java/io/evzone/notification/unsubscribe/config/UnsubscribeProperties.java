package io.evzone.notification.unsubscribe.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Unsubscribe links ({@code evzone.notification.unsubscribe.*}).
 *
 * @param secret the HMAC key that signs links, at least 32 bytes; unset: one made at start, so links in emails sent
 *     before a restart stop working
 * @param baseUrl the public origin the links point at
 */
@ConfigurationProperties("evzone.notification.unsubscribe")
public record UnsubscribeProperties(String secret, String baseUrl) {

    public UnsubscribeProperties {
        baseUrl = baseUrl == null ? "http://localhost:3007" : baseUrl.replaceAll("/+$", "");
    }
}
