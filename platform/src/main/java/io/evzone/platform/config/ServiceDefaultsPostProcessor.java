package io.evzone.platform.config;

import io.evzone.platform.EvzoneService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Turns the environment variables users already have ({@code DATABASE_URL}, {@code KAFKA_BROKERS},
 * {@code REDIS_HOST}, {@code JWT_SECRET}, ...) and the service's {@link EvzoneService} identity into
 * Spring properties. Anything set explicitly as a Spring property still wins.
 */
public class ServiceDefaultsPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DOTENV_SOURCE = "evzoneDotEnv";
    static final String DERIVED_SOURCE = "evzoneDerived";
    static final String DEFAULTS_SOURCE = "evzoneDefaults";
    static final String SERVICE_DEFAULTS_SOURCE = "evzoneServiceDefaults";

    @Override
    public int getOrder() {
        // Before config data is loaded, so application.properties of a deployment can still override.
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(DERIVED_SOURCE)) {
            return;
        }
        addDotEnv(sources);
        Map<String, Object> derived = new LinkedHashMap<>();
        serviceOf(application).ifPresent(service -> serviceProperties(service, environment, derived));
        infrastructureProperties(environment, derived);
        sources.addLast(new MapPropertySource(DERIVED_SOURCE, derived));
        serviceOf(application)
                .flatMap(ServiceDefaultsPostProcessor::serviceDefaults)
                .ifPresent(sources::addLast);
        sources.addLast(staticDefaults());
    }

    private static void addDotEnv(MutablePropertySources sources) {
        Path file = Path.of(System.getProperty("evzone.dotenv", ".env"));
        Map<String, Object> values = new LinkedHashMap<>(DotEnv.read(file));
        if (values.isEmpty()) {
            return;
        }
        String after = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (sources.contains(after)) {
            sources.addAfter(after, new MapPropertySource(DOTENV_SOURCE, values));
        } else {
            sources.addLast(new MapPropertySource(DOTENV_SOURCE, values));
        }
    }

    static Optional<EvzoneService> serviceOf(SpringApplication application) {
        return application.getAllSources().stream()
                .filter(Class.class::isInstance)
                .map(source -> AnnotatedElementUtils.findMergedAnnotation((Class<?>) source, EvzoneService.class))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private static void serviceProperties(
            EvzoneService service, ConfigurableEnvironment environment, Map<String, Object> derived) {
        String schema = service.name().replace('-', '_');
        int offset = environment.getProperty("EVZONE_PORT_OFFSET", Integer.class, 0);
        derived.put("evzone.service.name", service.name());
        derived.put("evzone.service.schema", schema);
        derived.put("spring.application.name", "evzone-" + service.name());
        derived.put("server.port", service.port() + offset);
        derived.put("spring.flyway.locations", "classpath:db/platform,classpath:db/migration/" + schema);
        derived.put("spring.flyway.schemas", schema);
        derived.put("spring.flyway.default-schema", schema);
        derived.put("spring.datasource.hikari.schema", schema);
        derived.put("spring.datasource.hikari.pool-name", "evzone-" + service.name());
        derived.put("spring.kafka.consumer.group-id", "evzone-" + service.name());
        derived.put("spring.kafka.producer.client-id", "evzone-" + service.name());
    }

    private static void infrastructureProperties(ConfigurableEnvironment environment, Map<String, Object> derived) {
        String databaseUrl = environment.getProperty("DATABASE_URL");
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
            derived.put("spring.datasource.url", url.jdbcUrl());
            putIfPresent(
                    derived, "spring.datasource.username", firstOf(environment, "DATABASE_USERNAME", url.username()));
            putIfPresent(
                    derived, "spring.datasource.password", firstOf(environment, "DATABASE_PASSWORD", url.password()));
        }
        copy(environment, derived, "KAFKA_BROKERS", "spring.kafka.bootstrap-servers");
        copy(environment, derived, "REDIS_HOST", "spring.data.redis.host");
        copy(environment, derived, "REDIS_PORT", "spring.data.redis.port");
        copy(environment, derived, "REDIS_PASSWORD", "spring.data.redis.password");
        copy(environment, derived, "JWT_SECRET", "evzone.security.jwt-secret");
        copy(environment, derived, "JWT_ACCESS_EXPIRY", "evzone.security.access-token-ttl");
        copy(environment, derived, "JWT_REFRESH_EXPIRY", "evzone.security.refresh-token-ttl");
        copy(environment, derived, "CORS_ORIGINS", "evzone.security.cors-origins");
        if ("json".equalsIgnoreCase(environment.getProperty("LOG_FORMAT"))) {
            derived.put("logging.structured.format.console", "ecs");
        }
    }

    private static String firstOf(ConfigurableEnvironment environment, String key, String fallback) {
        String value = environment.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void copy(ConfigurableEnvironment environment, Map<String, Object> derived, String from, String to) {
        putIfPresent(derived, to, environment.getProperty(from));
    }

    private static void putIfPresent(Map<String, Object> derived, String key, String value) {
        if (value != null && !value.isBlank()) {
            derived.put(key, value);
        }
    }

    /**
     * A service's own defaults, {@code evzone-<name>-defaults.properties}, above the platform's. Not an
     * {@code application.properties}: the launcher runs every service on one classpath, where such a
     * file would configure all of them.
     */
    private static Optional<ResourcePropertySource> serviceDefaults(EvzoneService service) {
        ClassPathResource resource = new ClassPathResource("evzone-" + service.name() + "-defaults.properties");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ResourcePropertySource(SERVICE_DEFAULTS_SOURCE, resource));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getPath(), e);
        }
    }

    private static ResourcePropertySource staticDefaults() {
        try {
            return new ResourcePropertySource(DEFAULTS_SOURCE, new ClassPathResource("evzone-defaults.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("evzone-defaults.properties is missing from the platform jar", e);
        }
    }
}
