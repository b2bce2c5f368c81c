package io.evzone.platform.web;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the request body field a JSON reading error is about, as a client wrote it. */
final class BodyFields {

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class, BigInteger.class);

    private BodyFields() {}

    /** The field as a client wrote it: {@code name}, {@code labels[1].text}; {@code body} for the whole. */
    static String field(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** {@code price: must be a number}, or null when the error is not about one field's value. */
    static String wrongValue(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (e.getPath().isEmpty() || type == null) {
            return null;
        }
        return field(e) + ": " + expectation(type);
    }

    private static String expectation(Class<?> type) {
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        return "has the wrong type";
    }
}
