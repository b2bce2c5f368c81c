package io.evzone.notification.templates.rendering;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One template file: sections that each start with a line {@code == name} ({@code subject}, {@code text},
 * {@code html}, {@code brief}), so a message's four forms in one language stay side by side.
 */
record TemplateSource(Map<String, String> sections) {

    static final String[] SECTIONS = {"subject", "text", "html", "brief"};

    static TemplateSource parse(String name, String content) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            if (line.startsWith("== ")) {
                if (current != null) {
                    sections.put(current, body.toString().strip());
                }
                current = line.substring(3).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString().strip());
        }
        for (String section : SECTIONS) {
            if (!sections.containsKey(section)) {
                throw new IllegalStateException("Template " + name + " has no '== " + section + "' section");
            }
        }
        return new TemplateSource(Map.copyOf(sections));
    }

    String section(String name) {
        return sections.get(name);
    }
}
