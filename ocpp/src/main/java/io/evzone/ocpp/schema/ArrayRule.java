package io.evzone.ocpp.schema;

import tools.jackson.databind.JsonNode;

/** {@code type: array} with {@code items}, {@code minItems} and {@code maxItems}. */
final class ArrayRule implements Rule {
    private final Rule items;
    private final int minItems;
    private final int maxItems;

    ArrayRule(Rule items, int minItems, int maxItems) {
        this.items = items;
        this.minItems = minItems;
        this.maxItems = maxItems;
    }

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        if (!value.isArray()) {
            return Rule.wrongType(path, "array", value);
        }
        int size = value.size();
        if (size < minItems) {
            return Rule.violation(Constraint.MIN_ITEMS, path, size + " items, fewer than minItems " + minItems);
        }
        if (size > maxItems) {
            return Rule.violation(Constraint.MAX_ITEMS, path, size + " items, more than maxItems " + maxItems);
        }
        for (int i = 0; i < size; i++) {
            SchemaViolation violation = items.check(value.get(i), path.index(i));
            if (violation != null) {
                return violation;
            }
        }
        return null;
    }
}
