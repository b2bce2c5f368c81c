package io.evzone.ocpp.codegen;

import io.evzone.ocpp.codegen.TypeModel.EnumDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes the source of one generated enum: UPPER_SNAKE constants that keep their wire value. */
final class EnumEmitter {
    private EnumEmitter() {}

    static String emit(EnumDeclaration declaration, String header, String packageName) {
        String name = declaration.name();
        StringBuilder out =
                new StringBuilder(header).append("package ").append(packageName).append(";\n\n");
        out.append("import com.fasterxml.jackson.annotation.JsonCreator;\n");
        out.append("import com.fasterxml.jackson.annotation.JsonValue;\n\n");
        String description =
                declaration.description().isEmpty() ? "The values of {@code " + name + "}." : declaration.description();
        out.append(Javadoc.comment("", List.of(description)));
        out.append("public enum ").append(name).append(" {\n");
        List<String> constants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String value : declaration.values()) {
            String constant = constantName(value);
            if (!seen.add(constant)) {
                throw new IllegalStateException(name + ": two values become the constant " + constant);
            }
            constants.add("    " + constant + "(\"" + value + "\")");
        }
        out.append(String.join(",\n", constants)).append(";\n\n");
        out.append("    private final String value;\n\n");
        out.append("    ").append(name).append("(String value) {\n        this.value = value;\n    }\n\n");
        out.append("    /** The value as written in OCPP messages. */\n");
        out.append("    @JsonValue\n    public String value() {\n        return value;\n    }\n\n");
        out.append("    /**\n     * The constant for a value as written in OCPP messages.\n     *\n");
        out.append("     * @throws IllegalArgumentException for a value the schema does not list\n     */\n");
        out.append("    @JsonCreator\n    public static ").append(name).append(" fromValue(String value) {\n");
        out.append("        for (").append(name).append(" constant : values()) {\n");
        out.append(
                "            if (constant.value.equals(value)) {\n                return constant;\n            }\n");
        out.append("        }\n");
        out.append("        throw new IllegalArgumentException(\"Not a ")
                .append(name)
                .append(": \" + value);\n");
        out.append("    }\n}\n");
        return out.toString();
    }

    /** {@code SuspendedEVSE} to {@code SUSPENDED_EVSE}, {@code Energy.Active.Import.Register} to {@code ENERGY_ACTIVE_IMPORT_REGISTER}. */
    static String constantName(String value) {
        String words = value.replaceAll("([a-z])([A-Z])", "$1_$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .replaceAll("([0-9])([A-Z][a-z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_|_$", "")
                .toUpperCase(Locale.ROOT);
        return Character.isDigit(words.charAt(0)) ? "_" + words : words;
    }
}
