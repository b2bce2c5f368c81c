package io.evzone.station.reports.config;

import io.evzone.platform.retention.ScheduledPurge;
import io.evzone.station.reports.domain.ChargerReports;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ChargerReportProperties}, and purges reports past the retention: every charger adds to them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChargerReportProperties.class)
class ChargerReportConfiguration {

    @Bean
    ScheduledPurge chargerReportPurge(ChargerReports reports, ChargerReportProperties properties) {
        return new ScheduledPurge("charger reports", reports::deleteOlderThan, properties.retention());
    }
}
