package io.evzone.billing.wallet.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money: whole minor units of an ISO 4217 currency (cents of USD; UGX has none, so
 * one unit is one shilling). Every rounding rule of billing is here: shares are rounded half up to
 * the minor unit, and amounts given in major units may not carry more decimals than the currency has.
 */
public record Money(long minor, String currency) {

    private static final long BASIS_POINTS = 10_000;

    public Money {
        currency = checkedCurrency(currency, "currency");
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * An amount as clients send it, in major units ({@code 12.50} USD, {@code 5000} UGX).
     *
     * @param field the request field, named in the error
     */
    public static Money ofMajor(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw BillingException.invalid(field, "is required");
        }
        String code = checkedCurrency(currency, "currency");
        int digits = Currency.getInstance(code).getDefaultFractionDigits();
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > Math.max(digits, 0)) {
            throw BillingException.invalid(field, "has more decimals than " + code + " has (" + digits + ")");
        }
        try {
            return new Money(stripped.movePointRight(digits).longValueExact(), code);
        } catch (ArithmeticException e) {
            throw BillingException.invalid(field, "is too large");
        }
    }

    /** An amount that must be above zero, as every money-moving request needs. */
    public static Money positiveOfMajor(BigDecimal amount, String currency, String field) {
        Money money = ofMajor(amount, currency, field);
        if (money.minor <= 0) {
            throw BillingException.invalid(field, "must be greater than zero");
        }
        return money;
    }

    /** The ISO 4217 code, upper case, or a 400 naming {@code field} when it is no currency. */
    public static String checkedCurrency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw BillingException.invalid(field, "is required");
        }
        String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (Currency.getInstance(upper).getDefaultFractionDigits() < 0) {
                throw BillingException.invalid(field, "'" + code + "' is not a currency of money");
            }
            return upper;
        } catch (IllegalArgumentException e) {
            throw BillingException.invalid(field, "'" + code + "' is not an ISO 4217 currency");
        }
    }

    public BigDecimal major() {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, sameCurrency(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, sameCurrency(other).minor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public Money min(Money other) {
        return minor <= sameCurrency(other).minor ? this : other;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean exceeds(Money other) {
        return minor > sameCurrency(other).minor;
    }

    /** This amount's share of {@code basisPoints} / 10,000, rounded half up to the minor unit. */
    public Money share(int basisPoints) {
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(basisPoints));
        long rounded = exact.divide(BigDecimal.valueOf(BASIS_POINTS), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(rounded, currency);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(currency + " and " + other.currency + " do not mix");
        }
        return other;
    }

    @Override
    public String toString() {
        return major().toPlainString() + " " + currency;
    }
}
