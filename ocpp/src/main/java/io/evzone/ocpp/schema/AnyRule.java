package io.evzone.ocpp.schema;

import tools.jackson.databind.JsonNode;

/** A schema without {@code type}, such as DataTransfer's {@code data} in 2.0.1: any JSON value conforms. */
final class AnyRule implements Rule {
    static final AnyRule INSTANCE = new AnyRule();

    private AnyRule() {}

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        return null;
    }
}
