package io.evzone.notification.delivery.config;

import io.evzone.platform.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Providers call back without an access token; each callback proves its origin itself. */
@Configuration(proxyBeanMethods = false)
class CallbackEndpoints {

    @Bean
    PublicEndpoints notificationCallbacks() {
        return PublicEndpoints.of(PublicEndpoints.post("/api/v1/notifications/callbacks/**"));
    }
}
