package io.evzone.billing.tariffs.web;

import io.evzone.billing.tariffs.domain.Assignment;
import io.evzone.billing.tariffs.domain.AssignmentScope;
import io.evzone.billing.tariffs.domain.CurrencyCode;
import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.billing.tariffs.domain.MoneyRules;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffDetails;
import io.evzone.billing.tariffs.domain.TariffElement;
import io.evzone.billing.tariffs.domain.TariffTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tariff as clients write it. Amounts are decimal numbers (or strings) in major units with at most
 * the currency's decimals (UGX none, USD two); in a PATCH absent members keep their value.
 */
@Schema(name = "TariffRequest")
record TariffRequest(
        @Schema(example = "Kampala peak and off-peak") String name,
        String description,
        @Schema(description = "ISO 4217", example = "UGX") String currency,

        @Schema(description = "Platform administrators only: the owning organization")
        String organizationId,

        Instant effectiveFrom,
        Instant effectiveTo,

        @Schema(description = "Least a session costs, excluding VAT", type = "string", example = "1000")
        BigDecimal minPrice,

        @Schema(description = "Most a session costs, excluding VAT", type = "string", example = "50000")
        BigDecimal maxPrice,

        List<ElementRequest> elements,
        List<AssignmentRequest> assignments) {

    record AssignmentRequest(AssignmentScope scope, String targetId, String driverGroup) {}

    TariffDetails details() {
        CurrencyCode code = CurrencyCode.of("currency", currency);
        if (elements == null) {
            throw DomainException.invalid("elements: required");
        }
        return new TariffDetails(name, description, terms(code), effectiveFrom, effectiveTo, assignmentList());
    }

    /** The tariff with the members present in this request changed. */
    TariffDetails appliedTo(Tariff tariff) {
        TariffDetails current = tariff.details();
        TariffTerms terms = current.terms();
        if (currency != null || elements != null || minPrice != null || maxPrice != null) {
            if (currency != null
                    && elements == null
                    && !currency.equalsIgnoreCase(terms.currency().code())) {
                throw DomainException.invalid("elements: required when the currency changes");
            }
            CurrencyCode code = currency == null ? terms.currency() : CurrencyCode.of("currency", currency);
            TariffRequest merged = new TariffRequest(
                    null,
                    null,
                    code.code(),
                    null,
                    null,
                    null,
                    minPrice == null ? major(terms.minPrice(), code) : minPrice,
                    maxPrice == null ? major(terms.maxPrice(), code) : maxPrice,
                    elements == null ? ElementRequest.of(terms, code) : elements,
                    null);
            terms = merged.terms(code);
        }
        return new TariffDetails(
                name == null ? current.name() : name,
                description == null ? current.description() : description,
                terms,
                effectiveFrom == null ? current.effectiveFrom() : effectiveFrom,
                effectiveTo == null ? current.effectiveTo() : effectiveTo,
                assignments == null ? current.assignments() : assignmentList());
    }

    private TariffTerms terms(CurrencyCode code) {
        List<TariffElement> built = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            ElementRequest element = elements.get(i);
            if (element == null) {
                throw DomainException.invalid("elements[" + i + "]: required");
            }
            built.add(FieldPath.at("elements[" + i + "]", () -> element.element(code)));
        }
        return new TariffTerms(code, built, minor("minPrice", minPrice, code), minor("maxPrice", maxPrice, code));
    }

    private List<Assignment> assignmentList() {
        if (assignments == null) {
            return List.of();
        }
        List<Assignment> built = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentRequest a = assignments.get(i);
            String path = "assignments[" + i + "]";
            if (a == null || a.scope() == null) {
                throw DomainException.invalid(path + ".scope: required");
            }
            built.add(FieldPath.at(path, () -> new Assignment(a.scope(), a.targetId(), a.driverGroup())));
        }
        return built;
    }

    private static Long minor(String field, BigDecimal amount, CurrencyCode code) {
        return amount == null ? null : MoneyRules.toMinor(field, amount, code);
    }

    private static BigDecimal major(Long minor, CurrencyCode code) {
        return minor == null ? null : MoneyRules.toMajor(minor, code);
    }
}
