package io.evzone.contracts.charger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sampled value, as OCPP reports it.
 *
 * @param measurand e.g. Energy.Active.Import.Register (the default when the charger omits it)
 * @param unit e.g. Wh, kWh, W, A, V, Percent
 * @param context e.g. Sample.Periodic, Transaction.Begin, Transaction.End
 */
public record MeterSample(
        Instant timestamp,
        BigDecimal value,
        String measurand,
        String phase,
        String unit,
        String context,
        String location) {}
