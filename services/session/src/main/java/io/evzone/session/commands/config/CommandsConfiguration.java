package io.evzone.session.commands.config;

import io.evzone.platform.commands.CommandSettings;
import io.evzone.platform.commands.EnableChargerCommands;
import io.evzone.session.config.SessionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's command path for this service's commands (remote start and stop, local lists), with
 * {@code evzone.session.command-timeout} and {@code command-retention}.
 */
@Configuration(proxyBeanMethods = false)
@EnableChargerCommands
class CommandsConfiguration {

    @Bean
    CommandSettings commandSettings(SessionProperties properties) {
        return new CommandSettings(properties.commandTimeout(), properties.commandRetention());
    }
}
