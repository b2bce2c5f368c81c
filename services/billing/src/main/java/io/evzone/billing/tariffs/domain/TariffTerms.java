package io.evzone.billing.tariffs.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a tariff charges: OCPI 2.2.1 Tariff elements in order (for each dimension the first element
 * whose restrictions hold applies), the currency, and the least and most a session costs.
 *
 * @param minPrice least a session costs excluding VAT, in minor units, or null
 * @param maxPrice most a session costs excluding VAT, in minor units, or null
 */
public record TariffTerms(CurrencyCode currency, List<TariffElement> elements, Long minPrice, Long maxPrice) {

    public TariffTerms {
        Objects.requireNonNull(currency, "currency");
        elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
        if (elements.isEmpty()) {
            throw DomainException.invalid("elements: at least one");
        }
        if (minPrice != null && maxPrice != null && maxPrice < minPrice) {
            throw DomainException.invalid("maxPrice: must not be less than minPrice");
        }
        ElementOverlaps.reject(elements);
    }
}
