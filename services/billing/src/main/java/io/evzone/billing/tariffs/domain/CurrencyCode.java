package io.evzone.billing.tariffs.domain;

import java.util.Currency;

/**
 * An ISO 4217 currency and how many decimals its minor unit has (UGX 0, USD 2), as the JDK's
 * currency data states them.
 */
public record CurrencyCode(String code, int decimals) {

    public static CurrencyCode of(String field, String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(field + ": required");
        }
        try {
            Currency currency = Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
            if (currency.getDefaultFractionDigits() < 0) {
                throw DomainException.invalid(field + ": " + code + " is not a currency of payments");
            }
            return new CurrencyCode(currency.getCurrencyCode(), currency.getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field + ": not an ISO 4217 currency code");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
