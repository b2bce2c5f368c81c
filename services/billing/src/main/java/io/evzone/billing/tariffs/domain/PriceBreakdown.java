package io.evzone.billing.tariffs.domain;

import java.util.List;

/**
 * The price of a session, line by line. Amounts are minor units of {@code currency}.
 *
 * @param adjustmentNet what the tariff's minimum or maximum price added (negative: took off), excluding VAT
 * @param adjustmentVat the VAT of the adjustment, at the session's own VAT rate
 * @param net sum of the lines' net amounts and the adjustment
 * @param vat sum of the lines' VAT and the adjustment's
 * @param total {@code net + vat}: what the driver pays
 */
public record PriceBreakdown(
        String currency,
        List<CostLine> lines,
        List<ChargingPeriod> periods,
        long adjustmentNet,
        long adjustmentVat,
        long net,
        long vat,
        long total,
        long energyWh,
        long chargingSeconds,
        long parkingSeconds) {

    public PriceBreakdown {
        lines = List.copyOf(lines);
        periods = List.copyOf(periods);
    }
}
