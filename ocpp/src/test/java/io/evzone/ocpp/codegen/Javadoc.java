package io.evzone.ocpp.codegen;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Schema descriptions made fit for Javadoc. */
final class Javadoc {
    static final int WIDTH = 116;

    private Javadoc() {}

    /**
     * The description of a schema as one line of Javadoc-safe text, or "". The OCA's descriptions start with a
     * data-dictionary name and a {@code urn:x-oca:...} id on their own lines; both are dropped.
     */
    static String text(JsonNode schema) {
        String description = schema.path("description").asString("");
        String[] lines = description.split("\\r?\\n");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean dictionaryName = i + 1 < lines.length && lines[i + 1].trim().startsWith("urn:x-oca:");
            if (!dictionaryName && !lines[i].trim().startsWith("urn:x-oca:")) {
                kept.add(lines[i].trim());
            }
        }
        return escape(String.join(" ", kept).replaceAll("\\s+", " ").trim());
    }

    /** Escapes what would break a Javadoc comment or the compiler (a backslash-u is a unicode escape even here). */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;");
    }

    /** The lines of a Javadoc comment at the given indent, wrapping each paragraph; "" paragraphs separate. */
    static String comment(String indent, List<String> paragraphs) {
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        for (String paragraph : paragraphs) {
            if (paragraph.isEmpty()) {
                out.append(indent).append(" *\n");
                continue;
            }
            String continuation = paragraph.startsWith("@param ") ? "    " : "";
            String prefix = "";
            for (String line : wrap(paragraph, WIDTH - indent.length() - 3 - continuation.length())) {
                out.append(indent).append(" * ").append(prefix).append(line).append('\n');
                prefix = continuation;
            }
        }
        return out.append(indent).append(" */\n").toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
