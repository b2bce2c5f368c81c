package io.evzone.ocpp.schema;

import tools.jackson.databind.JsonNode;

/** One compiled schema node. */
interface Rule {
    /** The first violation in the value, or {@code null} when it conforms (no allocation on the happy path). */
    SchemaViolation check(JsonNode value, Path path);

    static SchemaViolation violation(Constraint constraint, Path path, String message) {
        return new SchemaViolation(constraint, path.render(), message);
    }

    static SchemaViolation wrongType(Path path, String expected, JsonNode value) {
        String actual = value.isNull() ? "null" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        return violation(Constraint.TYPE, path, "expected " + expected + " but was " + actual);
    }
}
