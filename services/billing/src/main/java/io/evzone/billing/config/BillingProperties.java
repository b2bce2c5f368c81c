package io.evzone.billing.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the billing service ({@code evzone.billing.*}), documented in docs/configuration.md.
 *
 * @param defaultTimeZone the time zone of stations whose own is unknown: station events do not carry
 *     their site's time zone yet
 */
@ConfigurationProperties("evzone.billing")
public record BillingProperties(ZoneId defaultTimeZone) {

    public BillingProperties {
        defaultTimeZone = defaultTimeZone == null ? ZoneId.of("Africa/Kampala") : defaultTimeZone;
    }
}
