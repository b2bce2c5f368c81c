package io.evzone.auth.config;

import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.security.Argon2PasswordHasher;
import io.evzone.auth.shared.AuthProperties;
import io.evzone.platform.security.PublicEndpoints;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the auth service's infrastructure beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
@EnableScheduling
class AuthConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    /** Everything that must work without an access token: getting one, and recovering an account. */
    @Bean
    PublicEndpoints authPublicEndpoints() {
        return PublicEndpoints.of(
                PublicEndpoints.post("/api/v1/auth/login"),
                PublicEndpoints.post("/api/v1/auth/refresh"),
                PublicEndpoints.post("/api/v1/auth/logout"),
                PublicEndpoints.post("/api/v1/auth/register"),
                PublicEndpoints.post("/api/v1/auth/verify-email"),
                PublicEndpoints.post("/api/v1/auth/resend-verification-email"),
                PublicEndpoints.post("/api/v1/auth/forgot-password"),
                PublicEndpoints.post("/api/v1/auth/reset-password"),
                PublicEndpoints.post("/api/v1/auth/accept-invitation"),
                PublicEndpoints.get("/api/v1/auth/invitations/accept"));
    }
}
