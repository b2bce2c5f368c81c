package io.evzone.platform;

import io.evzone.platform.config.OpenApiConfiguration;
import io.evzone.platform.health.KafkaHealthIndicator;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.messaging.MessagingConfiguration;
import io.evzone.platform.outbox.Outbox;
import io.evzone.platform.outbox.OutboxProperties;
import io.evzone.platform.outbox.OutboxRelay;
import io.evzone.platform.ratelimit.RedisRateLimiter;
import io.evzone.platform.security.EarlyAuthorizationInterceptor;
import io.evzone.platform.security.SecurityConfiguration;
import io.evzone.platform.security.SecurityProperties;
import io.evzone.platform.web.CaseInsensitiveEnums;
import io.evzone.platform.web.CorrelationIdFilter;
import io.evzone.platform.web.ProblemDetailsAdvice;
import io.evzone.platform.web.ProblemWriter;
import io.evzone.platform.web.RequestSizeLimitFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.format.FormatterRegistry;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Everything a service gets from the platform by having it on the classpath. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        })
@Import({SecurityConfiguration.class, MessagingConfiguration.class, OpenApiConfiguration.class})
@EnableConfigurationProperties({OutboxProperties.class, SecurityProperties.class})
public class PlatformAutoConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    WebMvcConfigurer earlyAuthorization() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new EarlyAuthorizationInterceptor());
            }

            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverterFactory(new CaseInsensitiveEnums());
            }
        };
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        return CorrelationIdFilter.registeredFirst();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            SecurityProperties security, ProblemWriter problems) {
        var registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(security.maxRequestBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties) {
        return new OutboxRelay(jdbc, transactions, kafka, properties);
    }

    @Bean
    Outbox outbox(
            NamedParameterJdbcOperations jdbc,
            EventJson eventJson,
            @Value("${evzone.service.name}") String service,
            OutboxRelay relay) {
        return new Outbox(jdbc, eventJson, service, relay);
    }

    @Bean
    EventPublisher eventPublisher(
            KafkaTemplate<String, String> kafka, EventJson eventJson, @Value("${evzone.service.name}") String service) {
        return new EventPublisher(kafka, eventJson, service);
    }

    @Bean
    RedisRateLimiter redisRateLimiter(StringRedisTemplate redis) {
        return new RedisRateLimiter(redis);
    }

    @Bean("kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
