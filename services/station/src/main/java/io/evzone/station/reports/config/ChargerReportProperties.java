package io.evzone.station.reports.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of chargers' report histories the station keeps ({@code evzone.station.charger-reports.*}).
 *
 * @param retention how long a security event, firmware, diagnostics or log status, or NotifyEvent is kept; zero or
 *     negative: kept forever (the per-charger limit still holds)
 * @param maxPerCharger the most reports kept per charger and history; older ones are dropped as new ones arrive
 */
@ConfigurationProperties("evzone.station.charger-reports")
public record ChargerReportProperties(Duration retention, Integer maxPerCharger) {

    public ChargerReportProperties {
        retention = retention == null ? Duration.ofDays(90) : retention;
        maxPerCharger = maxPerCharger == null ? 1000 : maxPerCharger;
        if (maxPerCharger < 1) {
            throw new IllegalArgumentException("evzone.station.charger-reports.max-per-charger: at least 1");
        }
    }
}
