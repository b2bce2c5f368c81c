package io.evzone.ocpp.codegen;

import io.evzone.ocpp.codegen.TypeModel.Field;
import io.evzone.ocpp.codegen.TypeModel.JavaType;
import io.evzone.ocpp.codegen.TypeModel.Limits;
import io.evzone.ocpp.codegen.TypeModel.RecordDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Writes the source of one generated record. */
final class RecordEmitter {
    private static final String ANY = "additionalProperties";

    private final RecordDeclaration record;
    private final List<String> implemented;
    private final String summary;
    private final TreeSet<String> imports = new TreeSet<>();

    /**
     * @param summary the first sentence of the Javadoc when the schema has no description
     * @param implemented the interfaces the record implements
     */
    RecordEmitter(RecordDeclaration record, List<String> implemented, String summary) {
        this.record = record;
        this.implemented = implemented;
        this.summary = summary;
    }

    String emit(String header, String packageName) {
        String body = javadoc() + declaration() + body();
        StringBuilder out =
                new StringBuilder(header).append("package ").append(packageName).append(";\n\n");
        imports.forEach(name -> out.append("import ").append(name).append(";\n"));
        return out.append(imports.isEmpty() ? "" : "\n").append(body).toString();
    }

    private String javadoc() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(record.description().isEmpty() ? summary : record.description());
        if (!record.fields().isEmpty() || record.openContent()) {
            paragraphs.add("");
        }
        for (Field field : record.fields()) {
            paragraphs.add("@param " + field.jsonName() + " " + describe(field));
        }
        if (record.openContent()) {
            paragraphs.add("@param " + ANY + " properties the schema does not name, which it allows here");
        }
        return Javadoc.comment("", paragraphs);
    }

    private static String describe(Field field) {
        StringBuilder text = new StringBuilder(field.required() ? "required" : "optional");
        Limits limits = field.limits();
        if (limits.maxLength() != null) {
            text.append(", at most ").append(limits.maxLength()).append(" characters");
        }
        if (limits.minItems() != null && limits.maxItems() != null) {
            text.append(", ")
                    .append(limits.minItems())
                    .append(" to ")
                    .append(limits.maxItems())
                    .append(" items");
        } else if (limits.minItems() != null) {
            text.append(", at least ").append(limits.minItems()).append(limits.minItems() == 1 ? " item" : " items");
        } else if (limits.maxItems() != null) {
            text.append(", at most ").append(limits.maxItems()).append(" items");
        }
        appendIf(text, ", at least ", limits.minimum());
        appendIf(text, ", at most ", limits.maximum());
        appendIf(text, ", a multiple of ", limits.multipleOf());
        return field.description().isEmpty() ? text.toString() : text + ". " + field.description();
    }

    private static void appendIf(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(label).append(value);
        }
    }

    private String declaration() {
        List<String> components = new ArrayList<>();
        for (Field field : record.fields()) {
            components.add(typeSource(field.type()) + " " + field.jsonName());
        }
        if (record.openContent()) {
            imports.add("com.fasterxml.jackson.annotation.JsonAnySetter");
            imports.add("java.util.Map");
            imports.add(TypeModel.ANY_JSON.importName());
            components.add("@JsonAnySetter Map<String, JsonNode> " + ANY);
        }
        String implementsClause = implemented.isEmpty() ? "" : " implements " + String.join(", ", implemented);
        String oneLine =
                "public record " + record.name() + "(" + String.join(", ", components) + ")" + implementsClause + " {";
        if (oneLine.length() <= 120 && components.size() <= 2) {
            return oneLine + "\n";
        }
        return "public record " + record.name() + "(\n        " + String.join(",\n        ", components) + ")"
                + implementsClause + " {\n";
    }

    private String body() {
        List<String> checks = new ArrayList<>();
        for (Field field : record.fields()) {
            String name = field.jsonName();
            boolean list = field.type() instanceof TypeModel.ListOf;
            if (field.required() && list) {
                checks.add(name + " = List.copyOf(Objects.requireNonNull(" + name + ", \"" + name + "\"));");
            } else if (field.required()) {
                checks.add("Objects.requireNonNull(" + name + ", \"" + name + "\");");
            } else if (list) {
                checks.add(name + " = " + name + " == null ? null : List.copyOf(" + name + ");");
            }
            if (field.required()) {
                imports.add("java.util.Objects");
            }
        }
        if (record.openContent()) {
            imports.add("com.fasterxml.jackson.annotation.JsonAnyGetter");
            imports.add("java.util.Collections");
            imports.add("java.util.LinkedHashMap");
            checks.add(ANY + " = " + ANY
                    + " == null\n                ? Map.of()\n                : Collections.unmodifiableMap(new LinkedHashMap<>("
                    + ANY + "));");
        }
        StringBuilder out = new StringBuilder();
        if (!checks.isEmpty()) {
            out.append("    public ").append(record.name()).append(" {\n");
            checks.forEach(check -> out.append("        ").append(check).append('\n'));
            out.append("    }\n");
        }
        appendAnyGetter(out);
        appendFactory(out);
        if (out.isEmpty()) {
            return "}\n";
        }
        return "\n" + out + "}\n";
    }

    private void appendAnyGetter(StringBuilder out) {
        if (!record.openContent()) {
            return;
        }
        out.append("\n    /** Written back as properties of this object. */\n");
        out.append("    @JsonAnyGetter\n    @Override\n");
        out.append("    public Map<String, JsonNode> ").append(ANY).append("() {\n");
        out.append("        return ").append(ANY).append(";\n    }\n");
    }

    /** {@code of(...)} with the required fields only, when there is anything optional to leave out. */
    private void appendFactory(StringBuilder out) {
        List<Field> required = record.fields().stream().filter(Field::required).toList();
        if (required.size() == record.fields().size() && !record.openContent()) {
            return;
        }
        List<String> parameters = new ArrayList<>();
        required.forEach(field -> parameters.add(typeSource(field.type()) + " " + field.jsonName()));
        List<String> arguments = new ArrayList<>();
        record.fields().forEach(field -> arguments.add(field.required() ? field.jsonName() : "null"));
        if (record.openContent()) {
            arguments.add("Map.of()");
        }
        out.append("\n    /** The required fields only; the optional ones stay {@code null}. */\n");
        String signature = "    public static " + record.name() + " of(" + String.join(", ", parameters) + ") {";
        if (signature.length() > 120) {
            signature = "    public static " + record.name() + " of(\n            "
                    + String.join(",\n            ", parameters) + ") {";
        }
        out.append(signature)
                .append("\n        return new ")
                .append(record.name())
                .append("(");
        out.append(String.join(", ", arguments)).append(");\n    }\n");
    }

    private String typeSource(JavaType type) {
        switch (type) {
            case TypeModel.Library library when library.importName() != null -> imports.add(library.importName());
            case TypeModel.ListOf list -> {
                imports.add("java.util.List");
                typeSource(list.element());
            }
            default -> {}
        }
        return type.source();
    }
}
