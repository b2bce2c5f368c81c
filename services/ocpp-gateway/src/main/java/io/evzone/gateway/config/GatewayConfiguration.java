package io.evzone.gateway.config;

import io.evzone.platform.security.PublicEndpoints;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by the gateway's features. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayConfiguration {

    /** Chargers authenticate with OCPP security profiles at the handshake, never with access tokens. */
    @Bean
    PublicEndpoints gatewayPublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.get("/ocpp/**"));
    }

    /** Timers: call timeouts, question deadlines, pings. Tasks on it only hand work on; they never block. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService gatewayScheduler() {
        return Executors.newScheduledThreadPool(
                2, Thread.ofPlatform().name("gateway-timer-", 0).daemon().factory());
    }
}
