package io.evzone.station.shared.domain;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Money as the API gives it (a decimal in major units: {@code 12.50} USD, {@code 1200} UGX) and as
 * EVZone keeps it (whole minor units of the ISO 4217 currency; UGX has none).
 */
public final class MinorUnits {

    private MinorUnits() {}

    /**
     * Whole minor units of {@code major}, or null for null.
     *
     * @throws DomainException (400) naming {@code field} for a negative amount, more decimals than the
     *     currency has, or an amount too large to keep
     */
    public static Long of(String field, BigDecimal major, String currency) {
        if (major == null) {
            return null;
        }
        if (major.signum() < 0) {
            throw DomainException.invalid(field + ": must not be negative");
        }
        int decimals = decimals(currency);
        BigDecimal plain = major.stripTrailingZeros();
        if (plain.scale() > decimals) {
            throw DomainException.invalid(
                    field + ": " + currency + " has " + decimals + " decimals, " + major.toPlainString() + " has more");
        }
        try {
            return plain.movePointRight(decimals).longValueExact();
        } catch (ArithmeticException e) {
            throw DomainException.invalid(field + ": too large");
        }
    }

    /** The amount in major units with exactly the currency's decimals, or null for null. */
    public static BigDecimal major(Long minor, String currency) {
        return minor == null ? null : BigDecimal.valueOf(minor, decimals(currency));
    }

    private static int decimals(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }
}
