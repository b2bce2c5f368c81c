package io.evzone.contracts.charger;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money as EVZone keeps it: integer minor units of an ISO 4217 currency (UGX has no minor unit, so
 * 1500 is UGX 1,500; 1250 is EUR 12.50).
 */
public record Money(long minorUnits, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: not an ISO 4217 code", e);
        }
    }

    /** The amount in the currency's major unit, with as many decimals as the currency has (12.50 EUR, 1500 UGX). */
    public BigDecimal inMajorUnits() {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits, digits);
    }
}
