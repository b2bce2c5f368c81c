package io.evzone.ocpp.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.json.OcppJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The validator on small hand-written schemas; the official ones are exercised by the codec tests. */
class JsonSchemaTest {
    private static final JsonSchema SCHEMA = JsonSchema.compile(json("""
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["id", "items"],
              "definitions": {
                "ItemType": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["name"],
                  "properties": {
                    "name": {"type": "string", "minLength": 2, "maxLength": 5},
                    "kind": {"$ref": "#/definitions/KindEnumType"},
                    "child": {"$ref": "#/definitions/ItemType"}
                  }
                },
                "KindEnumType": {"type": "string", "enum": ["Plain", "Fancy"]}
              },
              "properties": {
                "id": {"type": "integer", "minimum": 0, "maximum": 10},
                "price": {"type": "number", "minimum": 0, "multipleOf": 0.1},
                "active": {"type": "boolean"},
                "at": {"type": "string", "format": "date-time"},
                "items": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"$ref": "#/definitions/ItemType"}},
                "anything": {"description": "no type at all"}
              }
            }"""));

    @Test
    void acceptsAConformingValue() {
        assertThat(SCHEMA.validate(json("""
                {"id": 3, "price": 2.5, "active": true, "at": "2024-01-01T00:00:00Z", "anything": [null],
                 "items": [{"name": "ab", "kind": "Fancy", "child": {"name": "cde"}}]}"""))).isEmpty();
    }

    @Test
    void acceptsAnIntegerWrittenWithAZeroFraction() {
        assertThat(SCHEMA.validate(json("""
                {"id": 3.0, "items": [{"name": "ab"}]}"""))).isEmpty();
    }

    @Test
    void reportsEachKeywordWithItsFault() {
        assertViolation("""
                {"items": [{"name": "ab"}]}""", Constraint.REQUIRED, Fault.MISSING_PROPERTY, "id");
        assertViolation("""
                {"id": "3", "items": [{"name": "ab"}]}""", Constraint.TYPE, Fault.WRONG_TYPE, "id");
        assertViolation("""
                {"id": 3.5, "items": [{"name": "ab"}]}""", Constraint.TYPE, Fault.WRONG_TYPE, "id");
        assertViolation("""
                {"id": 11, "items": [{"name": "ab"}]}""", Constraint.MAXIMUM, Fault.INVALID_VALUE, "id");
        assertViolation("""
                {"id": -1, "items": [{"name": "ab"}]}""", Constraint.MINIMUM, Fault.INVALID_VALUE, "id");
        assertViolation("""
                {"id": 1, "price": 0.25, "items": [{"name": "ab"}]}""", Constraint.MULTIPLE_OF, Fault.INVALID_VALUE, "price");
        assertViolation("""
                {"id": 1, "active": "yes", "items": [{"name": "ab"}]}""", Constraint.TYPE, Fault.WRONG_TYPE, "active");
        assertViolation("""
                {"id": 1, "at": "noon", "items": [{"name": "ab"}]}""", Constraint.FORMAT, Fault.WRONG_TYPE, "at");
        assertViolation("""
                {"id": 1, "items": []}""", Constraint.MIN_ITEMS, Fault.WRONG_CARDINALITY, "items");
        assertViolation("""
                {"id": 1, "items": [{"name": "ab"}, {"name": "ab"}, {"name": "ab"}]}""", Constraint.MAX_ITEMS, Fault.WRONG_CARDINALITY, "items");
        assertViolation("""
                {"id": 1, "items": [{"name": "a"}]}""", Constraint.MIN_LENGTH, Fault.INVALID_VALUE, "items[0].name");
        assertViolation("""
                {"id": 1, "items": [{"name": "abcdef"}]}""", Constraint.MAX_LENGTH, Fault.INVALID_VALUE, "items[0].name");
        assertViolation("""
                {"id": 1, "items": [{"name": "ab", "kind": "Odd"}]}""", Constraint.ENUM, Fault.INVALID_VALUE, "items[0].kind");
        assertViolation("""
                {"id": 1, "items": [{"name": "ab", "child": {"name": "ab", "colour": 1}}]}""", Constraint.ADDITIONAL_PROPERTIES, Fault.UNKNOWN_PROPERTY, "items[0].child.colour");
    }

    @Test
    void countsLengthInCodePointsAsJsonSchemaDoes() {
        // Five emoji are ten UTF-16 chars but five characters.
        assertThat(
                        SCHEMA.validate(
                                json(
                                        "{\"id\": 1, \"items\": [{\"name\": \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"}]}")))
                .isEmpty();
    }

    @Test
    void refusesKeywordsItDoesNotEnforce() {
        assertThatThrownBy(() -> JsonSchema.compile(json("""
                {"type": "object", "properties": {"a": {"anyOf": [{"type": "string"}]}}}""")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("anyOf");
        assertThatThrownBy(() -> JsonSchema.compile(json("""
                {"type": "string", "pattern": "^a"}"""))).hasMessageContaining("pattern");
        assertThatThrownBy(() -> JsonSchema.compile(json("""
                {"type": "string", "format": "email"}"""))).hasMessageContaining("email");
    }

    @Test
    void refusesAnUnresolvableReference() {
        assertThatThrownBy(() -> JsonSchema.compile(json("""
                {"type": "object", "properties": {"a": {"$ref": "#/definitions/Missing"}}}"""))).hasMessageContaining("Missing");
    }

    private static void assertViolation(String value, Constraint constraint, Fault fault, String path) {
        assertThat(SCHEMA.validate(json(value))).hasValueSatisfying(violation -> {
            assertThat(violation.constraint()).isEqualTo(constraint);
            assertThat(violation.fault()).isEqualTo(fault);
            assertThat(violation.path()).isEqualTo(path);
        });
    }

    private static JsonNode json(String text) {
        return OcppJson.mapper().readTree(text);
    }
}
