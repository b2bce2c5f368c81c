package io.evzone.ocpp.schema;

import io.evzone.ocpp.json.Rfc3339;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** {@code type: string} with {@code enum}, {@code minLength}, {@code maxLength} and {@code format}. */
final class StringRule implements Rule {
    enum Format {
        NONE,
        DATE_TIME,
        URI
    }

    private final Set<String> allowed;
    private final int minLength;
    private final int maxLength;
    private final Format format;

    /** {@code allowed} is {@code null} when there is no {@code enum}. */
    StringRule(Set<String> allowed, int minLength, int maxLength, Format format) {
        this.allowed = allowed;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.format = format;
    }

    @Override
    public SchemaViolation check(JsonNode value, Path path) {
        if (!value.isString()) {
            return Rule.wrongType(path, "string", value);
        }
        String text = value.stringValue();
        if (allowed != null && !allowed.contains(text)) {
            return Rule.violation(Constraint.ENUM, path, "value '" + abbreviate(text) + "' is not one of " + allowed);
        }
        SchemaViolation lengthViolation = checkLength(text, path);
        return lengthViolation != null ? lengthViolation : checkFormat(text, path);
    }

    private SchemaViolation checkLength(String text, Path path) {
        // JSON Schema counts code points; a UTF-16 length within bounds is within bounds in code points too.
        if (text.length() > maxLength || text.length() < minLength * 2) {
            int length = text.codePointCount(0, text.length());
            if (length > maxLength) {
                return Rule.violation(
                        Constraint.MAX_LENGTH, path, "length " + length + " exceeds maxLength " + maxLength);
            }
            if (length < minLength) {
                return Rule.violation(
                        Constraint.MIN_LENGTH, path, "length " + length + " is below minLength " + minLength);
            }
        }
        return null;
    }

    private SchemaViolation checkFormat(String text, Path path) {
        return switch (format) {
            case NONE -> null;
            case DATE_TIME ->
                Rfc3339.isValid(text)
                        ? null
                        : Rule.violation(
                                Constraint.FORMAT, path, "'" + abbreviate(text) + "' is not an RFC 3339 date-time");
            case URI ->
                isAbsoluteUri(text)
                        ? null
                        : Rule.violation(Constraint.FORMAT, path, "'" + abbreviate(text) + "' is not an absolute URI");
        };
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
