package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * OCPI 2.2.1 PriceComponent: a price excluding VAT per unit of its type, the VAT rate, and the step
 * size (Wh for energy, seconds for time; the session's total of the dimension is billed in whole
 * steps, rounded up).
 *
 * @param price minor units per kWh, per hour or per session, excluding VAT
 * @param vatPercent VAT rate in percent
 */
public record PriceComponent(PriceComponentType type, long price, BigDecimal vatPercent, int stepSize) {

    public PriceComponent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(vatPercent, "vatPercent");
        if (price < 0) {
            throw DomainException.invalid("price: must not be negative");
        }
        if (stepSize < 1) {
            throw DomainException.invalid("stepSize: must be at least 1");
        }
    }
}
