package io.evzone.billing.tariffs.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.evzone.billing.tariffs.domain.CurrencyCode;
import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.billing.tariffs.domain.MoneyRules;
import io.evzone.billing.tariffs.domain.PriceComponent;
import io.evzone.billing.tariffs.domain.PriceComponentType;
import io.evzone.billing.tariffs.domain.TariffElement;
import io.evzone.billing.tariffs.domain.TariffTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** OCPI 2.2.1 TariffElement as clients write and read it. */
@Schema(name = "TariffElement")
record ElementRequest(List<PriceComponentRequest> priceComponents, RestrictionsRequest restrictions) {

    /**
     * @param price per kWh (ENERGY), per hour (TIME, PARKING_TIME) or per session (FLAT), excluding VAT, in major
     *     units
     * @param vat VAT rate in percent
     * @param stepSize Wh for ENERGY, seconds for TIME and PARKING_TIME; default 1
     */
    @Schema(name = "PriceComponent")
    record PriceComponentRequest(
            PriceComponentType type,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", example = "1200")
            BigDecimal price,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", example = "18")
            BigDecimal vat,

            Integer stepSize) {}

    static List<ElementRequest> of(TariffTerms terms, CurrencyCode code) {
        return terms.elements().stream()
                .map(e -> new ElementRequest(
                        e.priceComponents().stream()
                                .map(c -> new PriceComponentRequest(
                                        c.type(), MoneyRules.toMajor(c.price(), code), c.vatPercent(), c.stepSize()))
                                .toList(),
                        RestrictionsRequest.of(e.restrictions())))
                .toList();
    }

    TariffElement element(CurrencyCode code) {
        if (priceComponents == null) {
            throw DomainException.invalid("priceComponents: required");
        }
        List<PriceComponent> components = new ArrayList<>();
        for (int i = 0; i < priceComponents.size(); i++) {
            PriceComponentRequest c = priceComponents.get(i);
            components.add(FieldPath.at("priceComponents[" + i + "]", () -> component(c, code)));
        }
        return new TariffElement(
                components, restrictions == null ? null : FieldPath.at("restrictions", restrictions::restrictions));
    }

    private static PriceComponent component(PriceComponentRequest c, CurrencyCode code) {
        if (c == null || c.type() == null) {
            throw DomainException.invalid("type: required");
        }
        return new PriceComponent(
                c.type(),
                MoneyRules.toMinor("price", c.price(), code),
                MoneyRules.vatRate("vat", c.vat()),
                c.stepSize() == null ? 1 : c.stepSize());
    }
}
