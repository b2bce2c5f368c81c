package io.evzone.ocpp.support;

import io.evzone.ocpp.json.OcppJson;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid example payloads built straight from a schema document, independently of the validator: a minimal one
 * (required properties only, lower bounds) and a full one (every property, upper bounds, maximum lengths, and an
 * extra property wherever the schema allows one).
 */
public final class SchemaExamples {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaExamples() {}

    public static ObjectNode minimal(JsonNode document) {
        return (ObjectNode) normalize(example(document, document, false));
    }

    public static ObjectNode full(JsonNode document) {
        return (ObjectNode) normalize(example(document, document, true));
    }

    /** Through text and back, so that numbers have the node types the library's mapper reads. */
    private static JsonNode normalize(JsonNode node) {
        return OcppJson.mapper().readTree(node.toString());
    }

    private static JsonNode example(JsonNode schema, JsonNode document, boolean full) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").stringValue().replace("#/definitions/", "");
            return example(document.path("definitions").required(name), document, full);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(full ? values.size() - 1 : 0);
        }
        return switch (schema.path("type").asString("")) {
            case "object" -> object(schema, document, full);
            case "array" -> array(schema, document, full);
            case "string" -> string(schema, full);
            case "integer" -> NODES.numberNode(bound(schema, full, 42).intValueExact());
            case "number" -> NODES.numberNode(bound(schema, full, new BigDecimal("12.5")));
            case "boolean" -> NODES.booleanNode(full);
            case "" -> full ? NODES.objectNode().put("vendorSpecific", true) : NODES.stringNode("data");
            default -> throw new IllegalArgumentException("Unexpected schema " + schema);
        };
    }

    private static ObjectNode object(JsonNode schema, JsonNode document, boolean full) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.stringValue()));
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (full || required.contains(property.getKey())) {
                object.set(property.getKey(), example(property.getValue(), document, full));
            }
        }
        boolean open = !schema.has("additionalProperties")
                || schema.get("additionalProperties").asBoolean();
        if (full && open) {
            object.set("vendorExtension", NODES.objectNode().put("kept", "as is"));
        }
        return object;
    }

    private static ArrayNode array(JsonNode schema, JsonNode document, boolean full) {
        int minItems = Math.max(1, schema.path("minItems").asInt(1));
        int maxItems = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        int count = full ? Math.max(minItems, Math.min(2, maxItems)) : minItems;
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            array.add(example(schema.get("items"), document, full));
        }
        return array;
    }

    private static JsonNode string(JsonNode schema, boolean full) {
        return switch (schema.path("format").asString("")) {
            case "date-time" -> NODES.stringNode(full ? "2024-05-01T12:34:56.789Z" : "2024-05-01T12:34:56Z");
            case "uri" -> NODES.stringNode("https://files.example.com/firmware.bin");
            default -> {
                int length = full
                        ? schema.path("maxLength").asInt(12)
                        : Math.max(1, schema.path("minLength").asInt(1));
                yield NODES.stringNode("x".repeat(length));
            }
        };
    }

    private static BigDecimal bound(JsonNode schema, boolean full, Number fallback) {
        String keyword = full ? "maximum" : "minimum";
        if (schema.has(keyword)) {
            return schema.get(keyword).decimalValue();
        }
        return full ? new BigDecimal(fallback.toString()) : BigDecimal.ZERO;
    }
}
