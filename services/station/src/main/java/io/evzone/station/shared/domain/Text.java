package io.evzone.station.shared.domain;

import java.util.List;

/** Checks for free-text fields shared by the aggregates: trimmed, bounded, blank means absent. */
public final class Text {

    private Text() {}

    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw DomainException.invalid(field + ": must not be blank");
        }
        return text;
    }

    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw DomainException.invalid(field + ": must be at most " + max + " characters");
        }
        return stripped;
    }

    /** A list of short strings (amenities, image URLs): blanks dropped, each bounded, at most 50. */
    public static List<String> list(String field, List<String> values, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 50) {
            throw DomainException.invalid(field + ": at most 50 entries");
        }
        return values.stream()
                .map(v -> optional(field, v, maxLength))
                .filter(v -> v != null)
                .distinct()
                .toList();
    }

    public static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
