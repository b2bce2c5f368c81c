package io.evzone.ocpp.codegen;

import java.util.List;

/** The Java types the generator emits, built from the schemas by {@link ModelBuilder}. */
final class TypeModel {
    private TypeModel() {}

    /** The type of a record component. */
    sealed interface JavaType {
        /** The type as written in source. */
        String source();
    }

    /** A JDK or Jackson type; {@code importName} is {@code null} for {@code java.lang}. */
    record Library(String source, String importName) implements JavaType {}

    /** A list of another type. */
    record ListOf(JavaType element) implements JavaType {
        @Override
        public String source() {
            return "List<" + element.source() + ">";
        }
    }

    /** A generated record or enum of the same package. */
    record Generated(String source) implements JavaType {}

    /** Constraints worth repeating in the Javadoc of a field. */
    record Limits(
            Integer maxLength, Integer minItems, Integer maxItems, String minimum, String maximum, String multipleOf) {}

    /** One property of an object schema. */
    record Field(String jsonName, JavaType type, boolean required, String description, Limits limits) {}

    /** A type to generate. */
    sealed interface Declaration {
        String name();

        String description();
    }

    /**
     * A record. {@code openContent} records (2.0.1's CustomDataType) keep properties the schema does not name.
     */
    record RecordDeclaration(String name, String description, List<Field> fields, boolean openContent)
            implements Declaration {}

    /** An enum of string values. */
    record EnumDeclaration(String name, String description, List<String> values) implements Declaration {}

    static final Library STRING = new Library("String", null);
    static final Library INTEGER = new Library("Integer", null);
    static final Library BOOLEAN = new Library("Boolean", null);
    static final Library DECIMAL = new Library("BigDecimal", "java.math.BigDecimal");
    static final Library INSTANT = new Library("Instant", "java.time.Instant");
    static final Library ANY_JSON = new Library("JsonNode", "tools.jackson.databind.JsonNode");
}
