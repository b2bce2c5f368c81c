package io.evzone.contracts.charger.command;

import java.util.Currency;

/**
 * The running cost of a transaction, to show the driver (2.0.1 CostUpdated; 1.6 has no such message).
 *
 * @param totalCost in minor units of {@code currency} (UGX has none: 1500 is UGX 1,500)
 * @param currency ISO 4217 code
 */
public record CostUpdated(String transactionId, Long totalCost, String currency) implements ChargerCommand {

    public CostUpdated {
        Fields.text(transactionId, "transactionId", 36);
        Fields.required(totalCost, "totalCost");
        Fields.text(currency, "currency", 3);
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: not an ISO 4217 code");
        }
    }

    /** The digits after the decimal point of the currency's major unit (0 for UGX, 2 for EUR). */
    public int fractionDigits() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
