package io.evzone.contracts.charger.command;

import java.util.List;

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

    /** A connector is counted within its EVSE: naming one without the EVSE would be ambiguous in OCPP 2.0.1. */
    static void connectorNeedsEvse(Integer evseId, Integer connectorId) {
        atLeast(evseId, 0, "evseId");
        atLeast(connectorId, 0, "connectorId");
    }
}
