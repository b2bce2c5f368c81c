package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;

/**
 * What one price component of one element charged in a session.
 *
 * @param element index of the tariff element in the tariff
 * @param quantity Wh, seconds or sessions used under this element
 * @param billedQuantity {@code quantity} plus the step-size rounding, if this was the dimension's last line
 * @param unitPrice minor units per kWh, hour or session, excluding VAT
 * @param net {@code unitPrice × billedQuantity}, in minor units (MoneyRules.lineAmount)
 * @param vat VAT on {@code net}, in minor units (MoneyRules.vat)
 */
public record CostLine(
        PriceComponentType type,
        int element,
        long quantity,
        long billedQuantity,
        long unitPrice,
        long net,
        BigDecimal vatPercent,
        long vat) {}
