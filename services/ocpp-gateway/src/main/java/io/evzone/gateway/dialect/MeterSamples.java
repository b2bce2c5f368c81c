package io.evzone.gateway.dialect;

import io.evzone.contracts.charger.MeterSample;
import java.math.BigDecimal;
import java.time.Instant;

/** A sampled value as a version-neutral {@link MeterSample}, with the defaults both versions give absent fields. */
public final class MeterSamples {

    private MeterSamples() {}

    /**
     * OCPP 1.6 §7.45 and 2.0.1 SampledValueType: no measurand is Energy.Active.Import.Register, no context is
     * Sample.Periodic; no unit is Wh.
     */
    public static MeterSample sample(
            Instant at,
            BigDecimal value,
            String measurand,
            String phase,
            String unit,
            String context,
            String location) {
        return new MeterSample(
                at,
                value,
                measurand == null ? "Energy.Active.Import.Register" : measurand,
                phase,
                unit == null ? "Wh" : unit,
                context == null ? "Sample.Periodic" : context,
                location);
    }
}
