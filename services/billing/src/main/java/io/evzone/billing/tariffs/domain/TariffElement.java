package io.evzone.billing.tariffs.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** OCPI 2.2.1 TariffElement: price components that apply while all the restrictions hold. */
public record TariffElement(List<PriceComponent> priceComponents, Restrictions restrictions) {

    public TariffElement {
        priceComponents = List.copyOf(Objects.requireNonNull(priceComponents, "priceComponents"));
        restrictions = restrictions == null ? Restrictions.NONE : restrictions;
        if (priceComponents.isEmpty()) {
            throw DomainException.invalid("priceComponents: at least one");
        }
        if (priceComponents.stream().map(PriceComponent::type).distinct().count() < priceComponents.size()) {
            throw DomainException.invalid("priceComponents: one component per type");
        }
    }

    public Optional<PriceComponent> component(PriceComponentType type) {
        return priceComponents.stream().filter(c -> c.type() == type).findFirst();
    }

    public boolean prices(PriceComponentType type) {
        return component(type).isPresent();
    }
}
