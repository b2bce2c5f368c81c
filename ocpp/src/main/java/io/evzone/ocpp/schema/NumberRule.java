package io.evzone.ocpp.schema;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** {@code type: number} with {@code minimum}, {@code maximum} and {@code multipleOf}, compared exactly. */
final class NumberRule implements Rule {
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final BigDecimal multipleOf;

    /** Each bound is {@code null} when the schema does not set it. */
    NumberRule(BigDecimal minimum, BigDecimal maximum, BigDecimal multipleOf) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.multipleOf = multipleOf;
    }

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        if (!value.isNumber()) {
            return Rule.wrongType(path, "number", value);
        }
        if (minimum == null && maximum == null && multipleOf == null) {
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (minimum != null && number.compareTo(minimum) < 0) {
            return Rule.violation(Constraint.MINIMUM, path, number.toPlainString() + " is below minimum " + minimum);
        }
        if (maximum != null && number.compareTo(maximum) > 0) {
            return Rule.violation(Constraint.MAXIMUM, path, number.toPlainString() + " exceeds maximum " + maximum);
        }
        if (multipleOf != null && number.remainder(multipleOf).signum() != 0) {
            return Rule.violation(
                    Constraint.MULTIPLE_OF, path, number.toPlainString() + " is not a multiple of " + multipleOf);
        }
        return null;
    }
}
