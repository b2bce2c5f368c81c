package io.evzone.platform;

import io.evzone.platform.config.OpenApiConfiguration;
import io.evzone.platform.health.KafkaHealthIndicator;
import io.evzone.platform.messaging.ChargerCommandJson;
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
import io.evzone.platform.web.NulQueryParameterFilter;
import io.evzone.platform.web.NulRejectingStringDeserializer;
import io.evzone.platform.web.ProblemDetailsAdvice;
import io.evzone.platform.web.ProblemErrorController;
import io.evzone.platform.web.ProblemWriter;
import io.evzone.platform.web.RequestSizeLimitFilter;
import io.evzone.platform.web.TomcatProblemReports;
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
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Everything a service gets from the platform by having it on the classpath. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        },
        // Its error controller stands in for Spring Boot's, which would otherwise be registered too.
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@Import({SecurityConfiguration.class, MessagingConfiguration.class, OpenApiConfiguration.class})
@EnableConfigurationProperties({OutboxProperties.class, SecurityProperties.class})
public class PlatformAutoConfiguration {

    /** Picked up by Spring Boot's JsonMapper: commands for chargers travel typed by their operation's name. */
    @Bean
    JacksonModule chargerCommandJson() {
        return ChargerCommandJson.module();
    }

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
    JacksonModule nulRejectingStrings() {
        return NulRejectingStringDeserializer.module();
    }

    @Bean
    FilterRegistrationBean<NulQueryParameterFilter> nulQueryParameterFilter(ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new NulQueryParameterFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    TomcatProblemReports tomcatProblemReports(JsonMapper json) {
        return new TomcatProblemReports(json);
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
