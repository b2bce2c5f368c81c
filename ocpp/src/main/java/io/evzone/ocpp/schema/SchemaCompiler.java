package io.evzone.ocpp.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compiles one schema document into {@link Rule}s. It knows exactly the keywords the OCA schemas use and
 * rejects any other, so that a future schema cannot silently be validated less strictly than it says.
 */
final class SchemaCompiler {
    private static final String DEFINITIONS = "#/definitions/";
    /** Keywords that carry no constraint. {@code additionalItems} only applies to tuple-form {@code items}. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "$schema",
            "$id",
            "id",
            "title",
            "description",
            "comment",
            "$comment",
            "default",
            "javaType",
            "definitions",
            "additionalItems");
    /** Keywords this validator enforces. */
    private static final Set<String> CONSTRAINTS = Set.of(
            "$ref",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "minItems",
            "maxItems",
            "enum",
            "minLength",
            "maxLength",
            "format",
            "minimum",
            "maximum",
            "multipleOf");

    private final JsonNode document;
    private final Map<String, RefRule> references = new HashMap<>();

    SchemaCompiler(JsonNode document) {
        this.document = document;
    }

    Rule compileDocument() {
        Rule root = compile(document, "#");
        // Compiling a definition may reference further definitions: bind until none is left unbound.
        Set<String> bound = new HashSet<>();
        while (bound.size() < references.size()) {
            for (String name : List.copyOf(references.keySet())) {
                if (bound.add(name)) {
                    references.get(name).bind(compile(definition(name), DEFINITIONS + name));
                }
            }
        }
        return root;
    }

    private JsonNode definition(String name) {
        JsonNode definition = document.path("definitions").get(name);
        if (definition == null) {
            throw new IllegalArgumentException("Unresolved $ref " + DEFINITIONS + name);
        }
        return definition;
    }

    private Rule compile(JsonNode schema, String location) {
        checkKeywords(schema, location);
        if (schema.has("$ref")) {
            return reference(schema.get("$ref").stringValue(), location);
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            return AnyRule.INSTANCE;
        }
        return switch (type.stringValue()) {
            case "object" -> object(schema, location);
            case "array" -> array(schema, location);
            case "string" -> string(schema, location);
            case "integer" -> integer(schema);
            case "number" -> number(schema);
            case "boolean" -> BooleanRule.INSTANCE;
            default -> throw new IllegalArgumentException("Unsupported type " + type + " at " + location);
        };
    }

    private Rule reference(String ref, String location) {
        if (!ref.startsWith(DEFINITIONS)) {
            throw new IllegalArgumentException("Unsupported $ref " + ref + " at " + location);
        }
        // Compilation of the target is deferred, so each definition is compiled once however often it is used.
        return references.computeIfAbsent(ref.substring(DEFINITIONS.length()), name -> new RefRule());
    }

    private Rule object(JsonNode schema, String location) {
        Map<String, Rule> properties = new HashMap<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            properties.put(property.getKey(), compile(property.getValue(), location + "/" + property.getKey()));
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.stringValue()));
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && !additional.isBoolean()) {
            throw new IllegalArgumentException("Unsupported schema-valued additionalProperties at " + location);
        }
        return new ObjectRule(
                Map.copyOf(properties), List.copyOf(required), additional == null || additional.asBoolean());
    }

    private Rule array(JsonNode schema, String location) {
        JsonNode items = schema.get("items");
        if (items != null && !items.isObject()) {
            throw new IllegalArgumentException("Unsupported tuple-form items at " + location);
        }
        Rule itemRule = items == null ? AnyRule.INSTANCE : compile(items, location + "/items");
        return new ArrayRule(
                itemRule,
                schema.path("minItems").asInt(0),
                schema.path("maxItems").asInt(Integer.MAX_VALUE));
    }

    private Rule string(JsonNode schema, String location) {
        Set<String> allowed = null;
        if (schema.has("enum")) {
            Set<String> values = new LinkedHashSet<>();
            schema.get("enum").forEach(value -> values.add(value.stringValue()));
            allowed = Collections.unmodifiableSet(values);
        }
        StringRule.Format format = switch (schema.path("format").asString("")) {
            case "" -> StringRule.Format.NONE;
            case "date-time" -> StringRule.Format.DATE_TIME;
            case "uri" -> StringRule.Format.URI;
            default ->
                throw new IllegalArgumentException("Unsupported format " + schema.get("format") + " at " + location);
        };
        return new StringRule(
                allowed,
                schema.path("minLength").asInt(0),
                schema.path("maxLength").asInt(Integer.MAX_VALUE),
                format);
    }

    private static Rule integer(JsonNode schema) {
        long minimum =
                schema.has("minimum") ? schema.get("minimum").decimalValue().longValue() : Integer.MIN_VALUE;
        long maximum =
                schema.has("maximum") ? schema.get("maximum").decimalValue().longValue() : Integer.MAX_VALUE;
        return new IntegerRule(minimum, maximum);
    }

    private static Rule number(JsonNode schema) {
        return new NumberRule(decimal(schema, "minimum"), decimal(schema, "maximum"), decimal(schema, "multipleOf"));
    }

    private static BigDecimal decimal(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value == null ? null : value.decimalValue();
    }

    private static void checkKeywords(JsonNode schema, String location) {
        for (String keyword : schema.propertyNames()) {
            if (!ANNOTATIONS.contains(keyword) && !CONSTRAINTS.contains(keyword)) {
                throw new IllegalArgumentException("Unsupported keyword " + keyword + " at " + location);
            }
        }
    }
}
