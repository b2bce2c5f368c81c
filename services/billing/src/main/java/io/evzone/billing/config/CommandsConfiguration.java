package io.evzone.billing.config;

import io.evzone.platform.commands.CommandSettings;
import io.evzone.platform.commands.EnableChargerCommands;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's command path for billing's commands to chargers (the running cost), with {@code
 * evzone.billing.command-timeout} and {@code command-retention}.
 */
@Configuration(proxyBeanMethods = false)
@EnableChargerCommands
class CommandsConfiguration {

    @Bean
    CommandSettings commandSettings(BillingProperties properties) {
        return new CommandSettings(properties.commandTimeout(), properties.commandRetention());
    }
}
