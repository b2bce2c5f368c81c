package io.evzone.station.commands.scheduling;

import io.evzone.platform.retention.ScheduledPurge;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.commands.domain.ChargePointCommands;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Purges operators' finished commands past {@code evzone.station.command-retention}, as the gateway does its own. */
@Configuration(proxyBeanMethods = false)
class CommandRetention {

    @Bean
    ScheduledPurge commandPurge(ChargePointCommands commands, ChargerProperties properties) {
        return new ScheduledPurge(
                "finished charge point commands", commands::deleteFinishedOlderThan, properties.commandRetention());
    }
}
