package io.evzone.platform.config;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Cloud's auto-configurations out of every service that does not ask for them with
 * {@code evzone.spring-cloud.enabled=true} (only the edge does). The launcher runs all services on one
 * classpath, which then holds Spring Cloud Gateway; without this filter each service would build a
 * gateway, a refresh scope and a discovery client of its own.
 */
public class SpringCloudOnlyWhereEnabled implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String ENABLED = "evzone.spring-cloud.enabled";
    private static final String SPRING_CLOUD = "org.springframework.cloud.";

    private boolean enabled;

    @Override
    public void setEnvironment(Environment environment) {
        enabled = environment.getProperty(ENABLED, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = enabled || name == null || !name.startsWith(SPRING_CLOUD);
        }
        return matches;
    }
}
