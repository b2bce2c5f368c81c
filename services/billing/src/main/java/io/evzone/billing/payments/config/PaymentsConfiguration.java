package io.evzone.billing.payments.config;

import io.evzone.platform.security.PublicEndpoints;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsProperties.class)
public class PaymentsConfiguration {

    /** Providers call webhooks without a token; each is authenticated by its provider's signature instead. */
    @Bean
    PublicEndpoints paymentWebhookEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.post("/api/v1/payments/webhooks/*"));
    }
}
