package io.evzone.billing.tariffs.web;

import io.evzone.billing.tariffs.domain.DomainException;
import java.math.BigDecimal;
import java.util.function.Supplier;

/** Puts the path of a nested request member in front of the field a domain rule names. */
final class FieldPath {

    private FieldPath() {}

    static <T> T at(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            throw DomainException.invalid(prefix + "." + e.getMessage());
        }
    }

    /** A non-negative quantity in thousandths (kWh to Wh, kW to W), or null. */
    static Long thousandths(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw DomainException.invalid(field + ": must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 3) {
            throw DomainException.invalid(field + ": at most 3 decimals");
        }
        return value.movePointRight(3).longValue();
    }
}
