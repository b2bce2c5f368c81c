package io.evzone.ocpp.schema;

import tools.jackson.databind.JsonNode;

/**
 * {@code type: integer} with {@code minimum} and {@code maximum}. Like JSON Schema it accepts a number with a
 * zero fraction ({@code 5.0}); unlike plain JSON Schema it also demands 32 bits, the size of OCPP's integer
 * (OCPP 2.0.1 Part 2, primitive datatype integer; the 1.6 SOAP schema declares {@code xs:int}), so every valid
 * value fits the {@link Integer} fields of the generated messages.
 */
final class IntegerRule implements Rule {
    private final long minimum;
    private final long maximum;

    IntegerRule(long minimum, long maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
    }

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        if (!isInteger(value)) {
            return Rule.wrongType(path, "integer", value);
        }
        if (!value.canConvertToInt()) {
            return Rule.violation(Constraint.TYPE, path, value + " does not fit a 32-bit integer");
        }
        int number = value.isInt() ? value.intValue() : value.decimalValue().intValueExact();
        if (number < minimum) {
            return Rule.violation(Constraint.MINIMUM, path, number + " is below minimum " + minimum);
        }
        if (number > maximum) {
            return Rule.violation(Constraint.MAXIMUM, path, number + " exceeds maximum " + maximum);
        }
        return null;
    }

    private static boolean isInteger(JsonNode value) {
        if (value.isIntegralNumber()) {
            return true;
        }
        return value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
    }
}
