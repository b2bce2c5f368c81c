package io.evzone.platform.test;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at the JVM's {@link TestInfrastructure}. */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, String> env = TestInfrastructure.environment();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", env.get("DATABASE_URL"));
        properties.put("spring.datasource.username", env.get("DATABASE_USERNAME"));
        properties.put("spring.datasource.password", env.get("DATABASE_PASSWORD"));
        properties.put("spring.kafka.bootstrap-servers", env.get("KAFKA_BROKERS"));
        properties.put("spring.data.redis.host", env.get("REDIS_HOST"));
        properties.put("spring.data.redis.port", env.get("REDIS_PORT"));
        properties.put("evzone.security.jwt-secret", TestInfrastructure.JWT_SECRET);
        properties.put("evzone.embedded", "true");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("evzoneTestInfrastructure", properties));
    }
}
