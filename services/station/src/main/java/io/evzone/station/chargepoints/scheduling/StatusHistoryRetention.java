package io.evzone.station.chargepoints.scheduling;

import io.evzone.platform.retention.ScheduledPurge;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.Connectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Purges connector status history past {@code evzone.station.status-history-retention}: every status
 * notification of every charger leaves an entry, so without a purge the table only grows.
 */
@Configuration(proxyBeanMethods = false)
class StatusHistoryRetention {

    @Bean
    ScheduledPurge statusHistoryPurge(Connectors connectors, ChargerProperties properties) {
        return new ScheduledPurge(
                "connector status history entries",
                connectors::deleteHistoryOlderThan,
                properties.statusHistoryRetention());
    }
}
