package io.evzone.session.commands.scheduling;

import io.evzone.platform.retention.ScheduledPurge;
import io.evzone.session.commands.domain.ChargerCommands;
import io.evzone.session.config.SessionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Purges this service's finished commands (remote start and stop, local lists) past
 * {@code evzone.session.command-retention}, as the gateway and the station service do their own.
 */
@Configuration(proxyBeanMethods = false)
class CommandRetention {

    @Bean
    ScheduledPurge commandPurge(ChargerCommands commands, SessionProperties properties) {
        return new ScheduledPurge(
                "finished charger commands", commands::deleteFinishedOlderThan, properties.commandRetention());
    }
}
