package io.evzone.edge.web;

import io.evzone.edge.config.EdgeProperties;
import io.evzone.platform.ratelimit.RedisRateLimiter;
import io.evzone.platform.security.ProblemCorsProcessor;
import io.evzone.platform.security.SecurityProperties;
import io.evzone.platform.web.CorrelationIdFilter;
import io.evzone.platform.web.ProblemWriter;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the edge does to every request before routing it, in this order: a correlation id, CORS for
 * {@code CORS_ORIGINS} as the services read it (a preflight from any other origin is refused), then
 * the per-client limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EdgeProperties.class, SecurityProperties.class})
public class EdgeWebConfiguration {

    /** Headers the EVZone web clients send besides the CORS-safelisted ones. */
    static final List<String> CLIENT_HEADERS = List.of(
            "Authorization",
            "Content-Type",
            "Accept",
            "X-Requested-With",
            "X-Correlation-Id",
            "Idempotency-Key",
            "x-tenant-id",
            "x-assisted-session-id");

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        return CorrelationIdFilter.registeredFirst();
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(SecurityProperties security, ProblemWriter problems) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(security.corsOrigins());
        cors.setAllowCredentials(true);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(CLIENT_HEADERS);
        cors.setExposedHeaders(List.of("X-Correlation-Id", "Retry-After", "Location", "Content-Disposition"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ClientRateLimitFilter> clientRateLimitFilter(
            StringRedisTemplate redis, EdgeProperties properties, ProblemWriter problems) {
        var filter = new ClientRateLimitFilter(new RedisRateLimiter(redis), properties.rateLimitPerMinute(), problems);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
