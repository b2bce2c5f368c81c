package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/**
 * The tariffs most operators start from. Prices are placeholders to edit: 1,000 per kWh in a currency
 * without minor units, else 0.30, a peak at one and a half times that.
 */
public final class TariffTemplates {

    private TariffTemplates() {}

    public static List<TariffTemplate> all(CurrencyCode currency, BigDecimal vatPercent) {
        long kwh = currency.decimals() == 0 ? 1000 : 30;
        var prices = new Prices(vatPercent);
        return List.of(
                new TariffTemplate(
                        "energy",
                        "Per kWh",
                        "One price per kWh delivered, at all hours.",
                        terms(currency, element(prices.energy(kwh)))),
                new TariffTemplate(
                        "time-of-use",
                        "Peak and off-peak",
                        "A higher price per kWh from 18:00 to 22:00 station time, the base price otherwise.",
                        terms(
                                currency,
                                new TariffElement(
                                        List.of(prices.energy(kwh * 3 / 2)),
                                        Restrictions.band(LocalTime.of(18, 0), LocalTime.of(22, 0))),
                                element(prices.energy(kwh)))),
                new TariffTemplate(
                        "energy-and-idle",
                        "Per kWh with an idle fee",
                        "A price per kWh and, per hour plugged in without charging, three times that.",
                        terms(
                                currency,
                                element(prices.energy(kwh), prices.of(PriceComponentType.PARKING_TIME, kwh * 3)))),
                new TariffTemplate(
                        "session-fee",
                        "Session fee and per kWh",
                        "A flat fee per session plus a price per kWh.",
                        terms(currency, element(prices.of(PriceComponentType.FLAT, kwh), prices.energy(kwh)))),
                new TariffTemplate(
                        "charging-time",
                        "Per hour of charging",
                        "A price per hour of charging, billed by the minute.",
                        terms(
                                currency,
                                element(new PriceComponent(PriceComponentType.TIME, kwh * 10, vatPercent, 60)))));
    }

    private record Prices(BigDecimal vatPercent) {
        PriceComponent energy(long price) {
            return of(PriceComponentType.ENERGY, price);
        }

        PriceComponent of(PriceComponentType type, long price) {
            return new PriceComponent(type, price, vatPercent, 1);
        }
    }

    private static TariffElement element(PriceComponent... components) {
        return new TariffElement(List.of(components), Restrictions.NONE);
    }

    private static TariffTerms terms(CurrencyCode currency, TariffElement... elements) {
        return new TariffTerms(currency, List.of(elements), null, null);
    }
}
