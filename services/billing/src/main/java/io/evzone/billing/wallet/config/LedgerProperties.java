package io.evzone.billing.wallet.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The wallet ledger's settings ({@code evzone.billing.ledger.*}).
 *
 * @param defaultCurrency the currency of a wallet's first top-up when the request names none
 * @param platformFeeBasisPoints the platform's share of a session's net price, in 1/10,000
 * @param holdTtl how long a session's hold waits for its price before it is released
 * @param holdEstimate per currency, the amount (major units) held when a prepaid driver starts a session
 *     (default UGX 50000, USD 20)
 * @param lowBalance per currency, the balance (major units) below which a WalletBalanceLow is published
 *     (default UGX 5000, USD 2)
 * @param holdExpiryInterval how often expired holds are looked for
 */
@Validated
@ConfigurationProperties("evzone.billing.ledger")
public record LedgerProperties(
        @DefaultValue("UGX") @NotBlank String defaultCurrency,
        @DefaultValue("1000") @Min(0) @Max(10_000) int platformFeeBasisPoints,
        @DefaultValue("12h") Duration holdTtl,
        Map<String, BigDecimal> holdEstimate,
        Map<String, BigDecimal> lowBalance,
        @DefaultValue("1m") Duration holdExpiryInterval) {

    public LedgerProperties {
        holdEstimate = holdEstimate == null || holdEstimate.isEmpty()
                ? Map.of("UGX", BigDecimal.valueOf(50_000), "USD", BigDecimal.valueOf(20))
                : Map.copyOf(holdEstimate);
        lowBalance = lowBalance == null || lowBalance.isEmpty()
                ? Map.of("UGX", BigDecimal.valueOf(5_000), "USD", BigDecimal.valueOf(2))
                : Map.copyOf(lowBalance);
    }
}
