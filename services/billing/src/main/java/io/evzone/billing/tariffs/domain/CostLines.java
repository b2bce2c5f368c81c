package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quantities used per price component and element, turned into priced lines: the step size of the
 * dimension's last element rounds the dimension's total up (OCPI 2.2.1 step_size), each line is
 * rounded once (MoneyRules), and the tariff's minimum or maximum price adds an adjustment.
 */
final class CostLines {

    private record Key(PriceComponentType type, int element) {}

    private final TariffTerms terms;
    private final Map<Key, Long> quantities = new LinkedHashMap<>();
    private final Map<PriceComponentType, Key> lastUsed = new EnumMap<>(PriceComponentType.class);

    CostLines(TariffTerms terms) {
        this.terms = terms;
    }

    /** Adds a quantity to the first element that prices the type and applies; -1 when none does. */
    int use(PriceComponentType type, SessionMoment moment, long quantity) {
        List<TariffElement> elements = terms.elements();
        for (int i = 0; i < elements.size(); i++) {
            TariffElement element = elements.get(i);
            if (element.prices(type) && element.restrictions().matches(moment)) {
                Key key = new Key(type, i);
                quantities.merge(key, quantity, Long::sum);
                lastUsed.put(type, key);
                return i;
            }
        }
        return -1;
    }

    PriceBreakdown breakdown(List<ChargingPeriod> periods, long energyWh, long chargingSeconds, long parkingSeconds) {
        List<CostLine> lines = new ArrayList<>();
        long net = 0;
        long vat = 0;
        for (Map.Entry<Key, Long> entry : quantities.entrySet()) {
            CostLine line = line(entry.getKey(), entry.getValue());
            lines.add(line);
            net += line.net();
            vat += line.vat();
        }
        long adjustmentNet = adjustment(net);
        long adjustmentVat = adjustmentNet == 0 ? 0 : adjustmentVat(adjustmentNet, net, vat);
        net += adjustmentNet;
        vat += adjustmentVat;
        return new PriceBreakdown(
                terms.currency().code(),
                lines,
                periods,
                adjustmentNet,
                adjustmentVat,
                net,
                vat,
                net + vat,
                energyWh,
                chargingSeconds,
                parkingSeconds);
    }

    private CostLine line(Key key, long quantity) {
        PriceComponent component =
                terms.elements().get(key.element()).component(key.type()).orElseThrow();
        long billed = quantity;
        if (key.equals(lastUsed.get(key.type()))) {
            long total = quantities.entrySet().stream()
                    .filter(e -> e.getKey().type() == key.type())
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            long step = component.stepSize();
            billed += Math.ceilDiv(total, step) * step - total;
        }
        long net = MoneyRules.lineAmount(component.price(), billed, key.type().unitSize());
        return new CostLine(
                key.type(),
                key.element(),
                quantity,
                billed,
                component.price(),
                net,
                component.vatPercent(),
                MoneyRules.vat(net, component.vatPercent()));
    }

    private long adjustment(long net) {
        if (terms.minPrice() != null && net < terms.minPrice()) {
            return terms.minPrice() - net;
        }
        if (terms.maxPrice() != null && net > terms.maxPrice()) {
            return terms.maxPrice() - net;
        }
        return 0;
    }

    /** The session's own VAT rate applies to the adjustment; with nothing charged, the first component's. */
    private long adjustmentVat(long adjustmentNet, long net, long vat) {
        if (net > 0) {
            return MoneyRules.proportion(vat, adjustmentNet, net);
        }
        BigDecimal rate =
                terms.elements().getFirst().priceComponents().getFirst().vatPercent();
        return MoneyRules.vat(adjustmentNet, rate);
    }
}
