package io.evzone.billing.tariffs.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.evzone.billing.tariffs.domain.Assignment;
import io.evzone.billing.tariffs.domain.MoneyRules;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffStatus;
import io.evzone.billing.tariffs.domain.TariffTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tariff as the API shows it; amounts are strings in major units with the currency's decimals. */
@Schema(name = "Tariff")
record TariffResponse(
        UUID id,
        String organizationId,
        String name,
        String description,
        String currency,
        TariffStatus status,
        int version,
        UUID previousVersionId,
        Instant effectiveFrom,
        Instant effectiveTo,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
        BigDecimal minPrice,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
        BigDecimal maxPrice,

        List<ElementRequest> elements,
        List<Assignment> assignments,
        Instant createdAt,
        Instant updatedAt) {

    static TariffResponse of(Tariff tariff) {
        TariffTerms terms = tariff.terms();
        return new TariffResponse(
                tariff.id(),
                tariff.organizationId(),
                tariff.details().name(),
                tariff.details().description(),
                terms.currency().code(),
                tariff.status(),
                tariff.version(),
                tariff.previousVersionId(),
                tariff.details().effectiveFrom(),
                tariff.details().effectiveTo(),
                terms.minPrice() == null ? null : MoneyRules.toMajor(terms.minPrice(), terms.currency()),
                terms.maxPrice() == null ? null : MoneyRules.toMajor(terms.maxPrice(), terms.currency()),
                ElementRequest.of(terms, terms.currency()),
                tariff.assignments(),
                tariff.createdAt(),
                tariff.updatedAt());
    }
}
