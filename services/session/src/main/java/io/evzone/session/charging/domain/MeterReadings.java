package io.evzone.session.charging.domain;

import io.evzone.contracts.charger.MeterSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a session's samples say about its energy and power: the earliest and the latest energy
 * register reading (by sample time, not arrival order, since queued messages arrive late) and the
 * latest active import power.
 */
public record MeterReadings(
        Long firstRegisterWh,
        Instant firstRegisterAt,
        Long lastRegisterWh,
        Instant lastRegisterAt,
        Long powerW,
        Instant powerAt) {

    public static final String ENERGY_REGISTER = "Energy.Active.Import.Register";
    public static final String POWER = "Power.Active.Import";
    private static final Set<String> LINE_PHASES = Set.of("L1", "L2", "L3", "L1-N", "L2-N", "L3-N");

    public static MeterReadings none() {
        return new MeterReadings(null, null, null, null, null, null);
    }

    /** These readings with a register value in Wh taken at {@code at}. */
    public MeterReadings withRegister(long wh, Instant at) {
        MeterReadings r = this;
        if (firstRegisterAt == null || at.isBefore(firstRegisterAt)) {
            r = new MeterReadings(wh, at, r.lastRegisterWh, r.lastRegisterAt, r.powerW, r.powerAt);
        }
        if (r.lastRegisterAt == null || !at.isBefore(r.lastRegisterAt)) {
            r = new MeterReadings(r.firstRegisterWh, r.firstRegisterAt, wh, at, r.powerW, r.powerAt);
        }
        return r;
    }

    /** These readings updated with what the samples report (energy register in Wh or kWh, power in W or kW). */
    public MeterReadings with(List<MeterSample> samples) {
        MeterReadings r = this;
        for (Map.Entry<Instant, BigDecimal> energy :
                totals(samples, ENERGY_REGISTER, "kWh").entrySet()) {
            r = r.withRegister(energy.getValue().longValue(), energy.getKey());
        }
        for (Map.Entry<Instant, BigDecimal> power : totals(samples, POWER, "kW").entrySet()) {
            if (r.powerAt == null || !power.getKey().isBefore(r.powerAt)) {
                r = new MeterReadings(
                        r.firstRegisterWh,
                        r.firstRegisterAt,
                        r.lastRegisterWh,
                        r.lastRegisterAt,
                        power.getValue().longValue(),
                        power.getKey());
            }
        }
        return r;
    }

    /**
     * The measurand's total per sample time, in base units (Wh, W): the phase-less value when the
     * charger reports one, else the sum of the line phases. Only the outlet (EV side, the OCPP
     * default location) counts.
     */
    static Map<Instant, BigDecimal> totals(List<MeterSample> samples, String measurand, String kiloUnit) {
        Map<Instant, BigDecimal> total = new TreeMap<>();
        Map<Instant, BigDecimal> phases = new TreeMap<>();
        for (MeterSample s : samples) {
            if (s.timestamp() == null || s.value() == null || !measurand.equals(measurandOf(s)) || !atOutlet(s)) {
                continue;
            }
            BigDecimal base = kiloUnit.equalsIgnoreCase(s.unit()) ? s.value().movePointRight(3) : s.value();
            if (s.phase() == null || s.phase().isBlank()) {
                total.put(s.timestamp(), base);
            } else if (LINE_PHASES.contains(s.phase())) {
                phases.merge(s.timestamp(), base, BigDecimal::add);
            }
        }
        phases.forEach(total::putIfAbsent);
        return total;
    }

    /** OCPP: a sampled value without a measurand is the energy register. */
    static String measurandOf(MeterSample sample) {
        return sample.measurand() == null || sample.measurand().isBlank() ? ENERGY_REGISTER : sample.measurand();
    }

    private static boolean atOutlet(MeterSample sample) {
        return sample.location() == null || "Outlet".equalsIgnoreCase(sample.location());
    }
}
