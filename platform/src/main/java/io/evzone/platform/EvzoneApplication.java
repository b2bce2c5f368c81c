package io.evzone.platform;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service. {@code migrate} as the first argument applies the service's Flyway migrations
 * and exits, for deployments that migrate as a separate step before rolling out new nodes.
 */
public final class EvzoneApplication {

    public static final String MIGRATE = "migrate";

    private EvzoneApplication() {}

    public static ConfigurableApplicationContext run(Class<?> service, String... args) {
        if (args.length > 0 && MIGRATE.equals(args[0])) {
            migrate(service, Arrays.copyOfRange(args, 1, args.length)).close();
            return null;
        }
        return new SpringApplication(service).run(args);
    }

    /** Runs only the migrations: no web server, no Kafka listeners, no outbox relay. */
    public static ConfigurableApplicationContext migrate(Class<?> service, String... args) {
        return migrate(service, Map.of(), args);
    }

    /** Like {@link #migrate(Class, String...)}, with extra default properties (the launcher's infrastructure). */
    public static ConfigurableApplicationContext migrate(
            Class<?> service, Map<String, Object> defaults, String... args) {
        SpringApplication application = new SpringApplication(service);
        application.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> properties = new HashMap<>(defaults);
        properties.put("spring.kafka.listener.auto-startup", "false");
        properties.put("evzone.outbox.relay-enabled", "false");
        application.setDefaultProperties(properties);
        return application.run(args);
    }
}
