package io.evzone.station.commands.config;

import io.evzone.platform.commands.CommandSettings;
import io.evzone.platform.commands.EnableChargerCommands;
import io.evzone.station.chargepoints.config.ChargerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's command path, with {@code evzone.station.command-timeout} and {@code command-retention}. */
@Configuration(proxyBeanMethods = false)
@EnableChargerCommands
class CommandsConfiguration {

    @Bean
    CommandSettings commandSettings(ChargerProperties properties) {
        return new CommandSettings(properties.commandTimeout(), properties.commandRetention());
    }
}
