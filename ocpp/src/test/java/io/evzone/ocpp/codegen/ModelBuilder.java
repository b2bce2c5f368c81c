package io.evzone.ocpp.codegen;

import io.evzone.ocpp.codegen.TypeModel.Declaration;
import io.evzone.ocpp.codegen.TypeModel.EnumDeclaration;
import io.evzone.ocpp.codegen.TypeModel.Field;
import io.evzone.ocpp.codegen.TypeModel.JavaType;
import io.evzone.ocpp.codegen.TypeModel.Limits;
import io.evzone.ocpp.codegen.TypeModel.RecordDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the schemas of one version into Java type declarations. Named definitions keep their names; inline
 * objects and enums are named by {@link VersionSpec#typeNames()} or after their property. Two schemas may share a
 * name only if they are the same type (descriptions aside); anything else stops the generator.
 */
final class ModelBuilder {
    private static final Set<String> RESERVED = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "record",
            "yield",
            "var",
            "sealed");

    private final VersionSpec spec;
    private final Map<String, Declaration> declarations = new TreeMap<>();
    private final Map<String, String> shapes = new HashMap<>();
    private final Map<String, String> origins = new HashMap<>();
    private final Set<String> usedOverrides = new HashSet<>();

    ModelBuilder(VersionSpec spec) {
        this.spec = spec;
    }

    /** Declares the record of a whole message, {@code <Action>Request} or {@code <Action>Response}. */
    void message(String name, String description, JsonNode schema) {
        declareRecord(name, description, schema, schema, name);
    }

    Map<String, Declaration> declarations() {
        Set<String> unused = new HashSet<>(spec.typeNames().keySet());
        unused.removeAll(usedOverrides);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("Type names never used, fix VersionSpec: " + unused);
        }
        return declarations;
    }

    private JavaType typeOf(JsonNode schema, JsonNode document, String owner, String property) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").stringValue().replace("#/definitions/", "");
            return definition(name, document.path("definitions").required(name), document);
        }
        if (schema.has("enum")) {
            return declareEnum(inlineName(owner, property), schema, owner + "." + property);
        }
        String type = schema.path("type").asString("");
        return switch (type) {
            case "object" -> declareRecord(inlineName(owner, property), "", schema, document, owner + "." + property);
            case "array" -> new TypeModel.ListOf(typeOf(schema.required("items"), document, owner, property));
            case "string" ->
                "date-time".equals(schema.path("format").asString("")) ? TypeModel.INSTANT : TypeModel.STRING;
            case "integer" -> TypeModel.INTEGER;
            case "number" -> TypeModel.DECIMAL;
            case "boolean" -> TypeModel.BOOLEAN;
            case "" -> TypeModel.ANY_JSON;
            default -> throw new IllegalStateException("Unsupported type " + type + " at " + owner + "." + property);
        };
    }

    private JavaType definition(String name, JsonNode definition, JsonNode document) {
        if (definition.has("enum")) {
            return declareEnum(name, definition, "#/definitions/" + name);
        }
        if ("object".equals(definition.path("type").asString(""))) {
            return declareRecord(name, Javadoc.text(definition), definition, document, "#/definitions/" + name);
        }
        return typeOf(definition, document, name, name);
    }

    private String inlineName(String owner, String property) {
        String qualified = owner + "." + property;
        for (String key : List.of(qualified, property)) {
            String name = spec.typeNames().get(key);
            if (name != null) {
                usedOverrides.add(key);
                return name;
            }
        }
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private JavaType declareEnum(String name, JsonNode schema, String origin) {
        if (claim(name, schema, origin)) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.stringValue()));
            declarations.put(name, new EnumDeclaration(name, Javadoc.text(schema), values));
        }
        return new TypeModel.Generated(name);
    }

    private JavaType declareRecord(String name, String description, JsonNode schema, JsonNode document, String origin) {
        if (claim(name, schema, origin)) {
            List<Field> fields = new ArrayList<>();
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(property -> required.add(property.stringValue()));
            // Claimed before its fields are typed, so that a recursive schema terminates.
            declarations.put(name, new RecordDeclaration(name, description, fields, false));
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                String jsonName = property.getKey();
                if (RESERVED.contains(jsonName)) {
                    throw new IllegalStateException("Property " + jsonName + " of " + name + " is a Java keyword");
                }
                JsonNode propertySchema = property.getValue();
                JavaType type = typeOf(propertySchema, document, name, jsonName);
                fields.add(new Field(
                        jsonName,
                        type,
                        required.contains(jsonName),
                        describe(propertySchema, document),
                        limits(propertySchema)));
            }
            boolean open = !schema.path("additionalProperties").isBoolean()
                    || schema.get("additionalProperties").asBoolean();
            declarations.put(name, new RecordDeclaration(name, description, List.copyOf(fields), open));
        }
        return new TypeModel.Generated(name);
    }

    /** True the first time a name is seen; false for the same shape again; an error for a different shape. */
    private boolean claim(String name, JsonNode schema, String origin) {
        String shape = shape(schema);
        String existing = shapes.putIfAbsent(name, shape);
        if (existing == null) {
            origins.put(name, origin);
            return true;
        }
        if (!existing.equals(shape)) {
            throw new IllegalStateException("Two different schemas want the name " + name + ": " + origins.get(name)
                    + " and " + origin + "; give one of them another name in VersionSpec");
        }
        return false;
    }

    private static String shape(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        strip(copy);
        return copy.toString();
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("description", "default", "$id", "$schema", "definitions"));
            // Sorted keys, so that property order does not make two equal types differ.
            Map<String, JsonNode> sorted = new TreeMap<>();
            object.properties().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
            object.removeAll();
            sorted.forEach(object::set);
        }
        node.forEach(ModelBuilder::strip);
    }

    /** The property's own description or, for a bare {@code $ref}, the description of what it refers to. */
    private static String describe(JsonNode property, JsonNode document) {
        String own = Javadoc.text(property);
        if (!own.isEmpty() || !property.has("$ref")) {
            return own;
        }
        String name = property.get("$ref").stringValue().replace("#/definitions/", "");
        JsonNode definition = document.path("definitions").path(name);
        // CustomDataType's description talks about schema generation, not about the field: keep it off every record.
        boolean openContent = "object".equals(definition.path("type").asString(""))
                && !definition.path("additionalProperties").isBoolean();
        return openContent ? "" : Javadoc.text(definition);
    }

    private static Limits limits(JsonNode schema) {
        JsonNode items = schema.path("items");
        JsonNode scalar = schema.has("items") ? items : schema;
        return new Limits(
                scalar.has("maxLength") ? scalar.get("maxLength").asInt() : null,
                schema.has("minItems") ? schema.get("minItems").asInt() : null,
                schema.has("maxItems") ? schema.get("maxItems").asInt() : null,
                scalar.has("minimum") ? scalar.get("minimum").toString() : null,
                scalar.has("maximum") ? scalar.get("maximum").toString() : null,
                scalar.has("multipleOf") ? scalar.get("multipleOf").toString() : null);
    }
}
