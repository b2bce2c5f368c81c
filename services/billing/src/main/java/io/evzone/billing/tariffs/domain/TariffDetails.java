package io.evzone.billing.tariffs.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What an operator writes in a tariff. */
public record TariffDetails(
        String name,
        String description,
        TariffTerms terms,
        Instant effectiveFrom,
        Instant effectiveTo,
        List<Assignment> assignments) {

    public TariffDetails {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name: required");
        }
        if (name.length() > 120) {
            throw DomainException.invalid("name: at most 120 characters");
        }
        Objects.requireNonNull(terms, "terms");
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        if (effectiveFrom != null && effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw DomainException.invalid("effectiveTo: must be after effectiveFrom");
        }
        if (assignments.stream().distinct().count() < assignments.size()) {
            throw DomainException.invalid("assignments: listed twice");
        }
    }
}
