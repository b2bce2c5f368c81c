package io.evzone.ocpp.schema;

import io.evzone.ocpp.Fault;

/**
 * The first place a JSON value breaks its schema.
 *
 * @param constraint the keyword that failed
 * @param path where, as {@code meterValue[0].sampledValue[1].value}; empty for the payload itself
 * @param message what is wrong, in a few words
 */
public record SchemaViolation(Constraint constraint, String path, String message) {

    /** The fault this violation is. */
    public Fault fault() {
        return constraint.fault();
    }

    /** A description naming the field, for a CALLERROR's errorDescription. */
    public String description() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
