package io.evzone.billing.tariffs.domain;

import static io.evzone.billing.tariffs.domain.PriceComponentType.ENERGY;
import static io.evzone.billing.tariffs.domain.PriceComponentType.FLAT;
import static io.evzone.billing.tariffs.domain.PriceComponentType.PARKING_TIME;
import static io.evzone.billing.tariffs.domain.PriceComponentType.TIME;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a charging profile with a tariff the OCPI 2.2.1 way: the session is cut into slices at
 * every boundary (SliceBoundaries); in each slice, for each dimension, the first element whose
 * restrictions hold and that prices the dimension applies. The flat fee is chosen at the start.
 * Step sizes, rounding, VAT and the minimum and maximum price follow in {@link CostLines}.
 */
public final class TariffCalculator {

    private TariffCalculator() {}

    public static PriceBreakdown price(TariffTerms terms, ChargingProfile profile) {
        MeterCurve curve = new MeterCurve(profile);
        List<Instant> bounds = SliceBoundaries.of(profile, curve, terms.elements());
        CostLines lines = new CostLines(terms);
        List<ChargingPeriod> periods = new ArrayList<>();
        long charging = 0;
        long parking = 0;
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Instant from = bounds.get(i);
            Instant to = bounds.get(i + 1);
            long seconds = Duration.between(from, to).getSeconds();
            long before = curve.energyAt(from);
            long energy = curve.energyAt(to) - before;
            boolean flowing = curve.chargingAt(from);
            SessionMoment moment = new SessionMoment(
                    from.atZone(profile.zone()).toLocalDateTime(),
                    before,
                    Duration.between(profile.startedAt(), from).getSeconds(),
                    curve.powerAt(from));
            int energyElement = energy > 0 ? lines.use(ENERGY, moment, energy) : -1;
            int timeElement = lines.use(flowing ? TIME : PARKING_TIME, moment, seconds);
            charging += flowing ? seconds : 0;
            parking += flowing ? 0 : seconds;
            addPeriod(
                    periods,
                    new ChargingPeriod(
                            from,
                            to,
                            energy,
                            flowing ? seconds : 0,
                            flowing ? 0 : seconds,
                            energyElement,
                            timeElement));
        }
        lines.use(
                FLAT,
                new SessionMoment(profile.startedAt().atZone(profile.zone()).toLocalDateTime(), 0, 0, null),
                1);
        return lines.breakdown(periods, curve.totalWh(), charging, parking);
    }

    private static void addPeriod(List<ChargingPeriod> periods, ChargingPeriod next) {
        if (!periods.isEmpty()) {
            ChargingPeriod last = periods.getLast();
            if (last.energyElement() == next.energyElement() && last.timeElement() == next.timeElement()) {
                periods.set(
                        periods.size() - 1,
                        new ChargingPeriod(
                                last.startAt(),
                                next.endAt(),
                                last.energyWh() + next.energyWh(),
                                last.chargingSeconds() + next.chargingSeconds(),
                                last.parkingSeconds() + next.parkingSeconds(),
                                last.energyElement(),
                                last.timeElement()));
                return;
            }
        }
        periods.add(next);
    }
}
