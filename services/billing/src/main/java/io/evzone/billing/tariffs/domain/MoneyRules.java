package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where amounts are converted and rounded (docs/billing-pricing.md, "Money and rounding").
 *
 * <ul>
 *   <li>Amounts are whole minor units of the tariff's currency ({@code long}); the API shows them in
 *       major units with exactly the currency's decimals.
 *   <li>A line's net amount is unit price × billed quantity, computed exactly and rounded once,
 *       half up, to a whole minor unit.
 *   <li>A line's VAT is its net amount × rate, rounded once, half up. Totals are sums of rounded
 *       lines, never rounded again.
 * </ul>
 */
public final class MoneyRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoneyRules() {}

    /** Minor units of an amount given in major units; rejects negatives and excess decimals. */
    public static long toMinor(String field, BigDecimal amount, CurrencyCode currency) {
        if (amount == null) {
            throw DomainException.invalid(field + ": required");
        }
        if (amount.signum() < 0) {
            throw DomainException.invalid(field + ": must not be negative");
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > currency.decimals()) {
            throw DomainException.invalid(field + ": " + currency.code() + " has " + currency.decimals() + " decimals, "
                    + amount.toPlainString() + " has more");
        }
        try {
            return plain.movePointRight(currency.decimals()).longValueExact();
        } catch (ArithmeticException e) {
            throw DomainException.invalid(field + ": too large");
        }
    }

    /** An amount in major units with exactly the currency's decimals, as the API shows it. */
    public static BigDecimal toMajor(long minor, CurrencyCode currency) {
        return BigDecimal.valueOf(minor, currency.decimals());
    }

    /**
     * Net amount of a line: {@code unitPrice} minor units per {@code unitSize} of quantity (1,000 Wh
     * for a kWh, 3,600 s for an hour), times {@code quantity}, rounded half up.
     */
    public static long lineAmount(long unitPrice, long quantity, long unitSize) {
        return BigDecimal.valueOf(unitPrice)
                .multiply(BigDecimal.valueOf(quantity))
                .divide(BigDecimal.valueOf(unitSize), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** VAT on a net amount at a percentage rate, rounded half up. */
    public static long vat(long net, BigDecimal ratePercent) {
        return BigDecimal.valueOf(net)
                .multiply(ratePercent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** {@code amount × part / whole}, rounded half up: VAT of an adjustment at the session's own rate. */
    public static long proportion(long amount, long part, long whole) {
        return BigDecimal.valueOf(amount)
                .multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A VAT rate in percent: 0 to 100 with at most two decimals. */
    public static BigDecimal vatRate(String field, BigDecimal rate) {
        if (rate == null) {
            return BigDecimal.ZERO;
        }
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw DomainException.invalid(field + ": must be between 0 and 100");
        }
        if (rate.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(field + ": at most 2 decimals");
        }
        return rate.stripTrailingZeros().scale() < 0 ? rate.setScale(0) : rate.stripTrailingZeros();
    }
}
