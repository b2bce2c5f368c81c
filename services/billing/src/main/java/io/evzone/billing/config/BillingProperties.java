package io.evzone.billing.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the billing service ({@code evzone.billing.*}), documented in docs/configuration.md.
 *
 * @param defaultTimeZone the time zone of stations whose own (and whose organization's) is unknown
 * @param defaultCurrency the currency of an organization's tariff settings until it sets its own
 * @param defaultVatPercent the VAT rate of an organization's tariff settings until it sets its own
 * @param costUpdateInterval the least time between two running costs sent to one session's charger
 * @param commandTimeout the deadline the gateway gets for a command to a charger
 * @param commandRetention how long finished commands are kept; zero or negative: forever
 */
@ConfigurationProperties("evzone.billing")
public record BillingProperties(
        ZoneId defaultTimeZone,
        String defaultCurrency,
        BigDecimal defaultVatPercent,
        Duration costUpdateInterval,
        Duration commandTimeout,
        Duration commandRetention) {

    public BillingProperties {
        defaultTimeZone = defaultTimeZone == null ? ZoneId.of("Africa/Kampala") : defaultTimeZone;
        defaultCurrency = defaultCurrency == null ? "UGX" : defaultCurrency;
        defaultVatPercent = defaultVatPercent == null ? BigDecimal.valueOf(18) : defaultVatPercent;
        costUpdateInterval = costUpdateInterval == null ? Duration.ofSeconds(60) : costUpdateInterval;
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(60) : commandTimeout;
        commandRetention = commandRetention == null ? Duration.ofDays(30) : commandRetention;
    }
}
