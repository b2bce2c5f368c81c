package io.evzone.edge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EdgePropertiesTest {

    @Test
    void serviceUrlsFromEnvironmentVariablesIncludingADashedServiceName() {
        EdgeProperties properties = bindEnvironment(Map.of(
                "EVZONE_EDGE_SERVICES_OCPP_GATEWAY", "http://ocpp-gateway:3003",
                "EVZONE_EDGE_SERVICES_STATION", "http://station:3001"));

        assertThat(properties.serviceUri("ocpp-gateway")).hasValue(URI.create("http://ocpp-gateway:3003"));
        assertThat(properties.serviceUri("station")).hasValue(URI.create("http://station:3001"));
        assertThat(properties.serviceUri("auth")).isEmpty();
    }

    @Test
    void aClientMaySendAHundredAndTwentyRequestsAMinuteUnlessConfigured() {
        assertThat(bindEnvironment(Map.of("EVZONE_EDGE_SERVICES_AUTH", "http://a:1"))
                        .rateLimitPerMinute())
                .isEqualTo(120);
        assertThat(bindEnvironment(Map.of("EVZONE_EDGE_RATE_LIMIT_PER_MINUTE", "7"))
                        .rateLimitPerMinute())
                .isEqualTo(7);
    }

    private static EdgeProperties bindEnvironment(Map<String, Object> variables) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("evzone.edge", EdgeProperties.class)
                .orElseGet(() -> new EdgeProperties(null, null));
    }
}
