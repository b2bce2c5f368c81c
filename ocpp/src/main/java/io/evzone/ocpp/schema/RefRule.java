package io.evzone.ocpp.schema;

import tools.jackson.databind.JsonNode;

/** A {@code $ref} to a definition, bound after the definition is compiled so that recursion terminates. */
final class RefRule implements Rule {
    private Rule target;

    void bind(Rule rule) {
        this.target = rule;
    }

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        return target.check(value, path);
    }
}
