package io.evzone.gateway.command;

import io.evzone.gateway.config.GatewayProperties;
import io.evzone.platform.retention.ScheduledPurge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Purges finished commands past {@code evzone.gateway.command-retention}: every command sent to a charger leaves a
 * row in the command log, so without a purge the table only grows.
 */
@Configuration(proxyBeanMethods = false)
class CommandRetention {

    @Bean
    ScheduledPurge commandPurge(JdbcCommands commands, GatewayProperties properties) {
        return new ScheduledPurge(
                "finished commands", commands::deleteFinishedOlderThan, properties.commandRetention());
    }
}
