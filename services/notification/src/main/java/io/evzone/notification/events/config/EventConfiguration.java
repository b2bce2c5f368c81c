package io.evzone.notification.events.config;

import io.evzone.notification.events.application.RecipientRateLimit;
import io.evzone.notification.events.application.RedisRecipientRateLimit;
import io.evzone.notification.shared.config.NotificationProperties;
import io.evzone.platform.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventConfiguration {

    @Bean
    RecipientRateLimit recipientRateLimit(RedisRateLimiter limiter, NotificationProperties properties) {
        return new RedisRecipientRateLimit(limiter, properties.recipientLimit(), properties.recipientLimitWindow());
    }
}
