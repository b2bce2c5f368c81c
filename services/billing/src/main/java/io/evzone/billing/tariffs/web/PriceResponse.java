package io.evzone.billing.tariffs.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.evzone.billing.tariffs.domain.ChargingPeriod;
import io.evzone.billing.tariffs.domain.CostLine;
import io.evzone.billing.tariffs.domain.CurrencyCode;
import io.evzone.billing.tariffs.domain.MoneyRules;
import io.evzone.billing.tariffs.domain.PriceBreakdown;
import io.evzone.billing.tariffs.domain.PriceComponentType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * A priced breakdown as the API shows it: amounts are strings in major units with exactly the
 * currency's decimals ({@code "14160"} UGX, {@code "3.03"} USD); quantities are Wh, seconds or sessions.
 */
@Schema(name = "PriceBreakdown")
public record PriceResponse(
        String currency,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
        BigDecimal totalInclVat,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
        BigDecimal vat,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
        BigDecimal net,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
        BigDecimal adjustment,

        long energyWh,
        long chargingSeconds,
        long parkingSeconds,
        List<Line> lines,
        List<ChargingPeriod> periods) {

    @Schema(name = "PriceLine")
    public record Line(
            PriceComponentType type,
            int element,
            long quantity,
            long billedQuantity,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
            BigDecimal unitPrice,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
            BigDecimal net,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
            BigDecimal vatPercent,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
            BigDecimal vat) {}

    public static PriceResponse of(PriceBreakdown price) {
        CurrencyCode code = CurrencyCode.of("currency", price.currency());
        return new PriceResponse(
                price.currency(),
                MoneyRules.toMajor(price.total(), code),
                MoneyRules.toMajor(price.vat(), code),
                MoneyRules.toMajor(price.net(), code),
                MoneyRules.toMajor(price.adjustmentNet(), code),
                price.energyWh(),
                price.chargingSeconds(),
                price.parkingSeconds(),
                price.lines().stream().map(line -> line(line, code)).toList(),
                price.periods());
    }

    private static Line line(CostLine line, CurrencyCode code) {
        return new Line(
                line.type(),
                line.element(),
                line.quantity(),
                line.billedQuantity(),
                MoneyRules.toMajor(line.unitPrice(), code),
                MoneyRules.toMajor(line.net(), code),
                line.vatPercent(),
                MoneyRules.toMajor(line.vat(), code));
    }
}
