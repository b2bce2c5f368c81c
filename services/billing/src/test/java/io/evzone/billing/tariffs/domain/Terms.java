package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds tariff terms for tests: {@code Terms.in("UGX").element(energy(1200)).build()}. */
final class Terms {

    private final CurrencyCode currency;
    private final List<TariffElement> elements = new ArrayList<>();
    private Long minPrice;
    private Long maxPrice;

    private Terms(String currency) {
        this.currency = CurrencyCode.of("currency", currency);
    }

    static Terms in(String currency) {
        return new Terms(currency);
    }

    Terms element(Restrictions restrictions, PriceComponent... components) {
        elements.add(new TariffElement(List.of(components), restrictions));
        return this;
    }

    Terms element(PriceComponent... components) {
        return element(Restrictions.NONE, components);
    }

    Terms min(long minor) {
        minPrice = minor;
        return this;
    }

    Terms max(long minor) {
        maxPrice = minor;
        return this;
    }

    TariffTerms build() {
        return new TariffTerms(currency, elements, minPrice, maxPrice);
    }

    static PriceComponent energy(long price) {
        return component(PriceComponentType.ENERGY, price, "0", 1);
    }

    static PriceComponent component(PriceComponentType type, long price, String vat, int step) {
        return new PriceComponent(type, price, new BigDecimal(vat), step);
    }

    static Restrictions band(String start, String end) {
        return Restrictions.band(LocalTime.parse(start), LocalTime.parse(end));
    }

    static Restrictions bandOn(String start, String end, Set<DayOfWeek> days) {
        Restrictions b = band(start, end);
        return new Restrictions(
                b.startTime(), b.endTime(), null, null, null, null, null, null, null, null, null, null, days, null);
    }

    static Restrictions energyBelow(long wh) {
        return new Restrictions(null, null, null, null, null, wh, null, null, null, null, null, null, Set.of(), null);
    }
}
