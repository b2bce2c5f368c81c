package io.evzone.ocpp.schema;

import tools.jackson.databind.JsonNode;

/** {@code type: boolean}. */
final class BooleanRule implements Rule {
    static final BooleanRule INSTANCE = new BooleanRule();

    private BooleanRule() {}

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        return value.isBoolean() ? null : Rule.wrongType(path, "boolean", value);
    }
}
