package io.evzone.notification.unsubscribe.config;

import io.evzone.notification.preferences.domain.UserPreferences;
import io.evzone.notification.unsubscribe.application.Unsubscribe;
import io.evzone.notification.unsubscribe.domain.UnsubscribeToken;
import io.evzone.platform.security.PublicEndpoints;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Unsubscribe links are followed from a mail client, without an access token; the signed token is the proof. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnsubscribeProperties.class)
class UnsubscribeConfiguration {

    static final String PATH = "/api/v1/notifications/unsubscribe";
    private static final Logger log = LoggerFactory.getLogger(UnsubscribeConfiguration.class);

    @Bean
    Unsubscribe unsubscribe(UnsubscribeProperties properties, UserPreferences preferences) {
        byte[] secret;
        if (properties.secret() == null || properties.secret().isBlank()) {
            log.warn("No unsubscribe secret configured: links signed now stop working after a restart");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.secret().getBytes(StandardCharsets.UTF_8);
        }
        return new Unsubscribe(new UnsubscribeToken(secret), preferences, properties.baseUrl() + PATH);
    }

    @Bean
    PublicEndpoints unsubscribeEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.get(PATH), PublicEndpoints.post(PATH));
    }
}
