package io.evzone.contracts.charger.command;

import io.evzone.contracts.charger.IdToken;
import java.util.List;
import java.util.TreeSet;

/** The checks the command records share; each failure names the field. */
final class Fields {

    private Fields() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }

    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return optionalText(value, field, maxLength);
    }

    static String optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(field + ": at most " + maxLength + " characters");
        }
        return value;
    }

    static Integer atLeast(Integer value, int minimum, String field) {
        if (value != null && value < minimum) {
            throw new IllegalArgumentException(field + ": must be at least " + minimum);
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field, int minimum) {
        List<T> copy = values == null ? List.of() : List.copyOf(values);
        if (copy.size() < minimum) {
            throw new IllegalArgumentException(field + ": needs at least " + minimum + " item(s)");
        }
        return copy;
    }

    /** A token with a value and, when given, one of the types OCPP 2.0.1 knows. */
    static void token(IdToken token, String field, int maxLength) {
        required(token, field);
        text(token.value(), field + ".value", maxLength);
        if (token.type() != null && !IdToken.TYPES.contains(token.type())) {
            throw new IllegalArgumentException(field + ".type: one of " + new TreeSet<>(IdToken.TYPES));
        }
    }
}
