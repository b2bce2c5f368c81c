package io.evzone.ocpp.schema;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code type: object} with {@code properties}, {@code required} and {@code additionalProperties}. */
final class ObjectRule implements Rule {
    private final Map<String, Rule> properties;
    private final List<String> required;
    private final boolean additionalPropertiesAllowed;

    ObjectRule(Map<String, Rule> properties, List<String> required, boolean additionalPropertiesAllowed) {
        this.properties = properties;
        this.required = required;
        this.additionalPropertiesAllowed = additionalPropertiesAllowed;
    }

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        if (!value.isObject()) {
            return Rule.wrongType(path, "object", value);
        }
        for (String name : required) {
            if (value.get(name) == null) {
                return Rule.violation(Constraint.REQUIRED, path.property(name), "required property is missing");
            }
        }
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            Rule rule = properties.get(property.getKey());
            if (rule == null) {
                if (!additionalPropertiesAllowed) {
                    return Rule.violation(
                            Constraint.ADDITIONAL_PROPERTIES,
                            path.property(property.getKey()),
                            "property is not allowed by the schema");
                }
                continue;
            }
            SchemaViolation violation = rule.check(property.getValue(), path.property(property.getKey()));
            if (violation != null) {
                return violation;
            }
        }
        return null;
    }
}
