package io.evzone.ocpp.schema;

import io.evzone.ocpp.Fault;

/** The JSON-schema keywords the OCA schemas use, each with the fault its violation is. */
public enum Constraint {
    TYPE(Fault.WRONG_TYPE),
    /** {@code format: date-time} or {@code format: uri}: OCPP treats dateTime and anyURI as data types. */
    FORMAT(Fault.WRONG_TYPE),
    REQUIRED(Fault.MISSING_PROPERTY),
    ADDITIONAL_PROPERTIES(Fault.UNKNOWN_PROPERTY),
    ENUM(Fault.INVALID_VALUE),
    MIN_LENGTH(Fault.INVALID_VALUE),
    MAX_LENGTH(Fault.INVALID_VALUE),
    MINIMUM(Fault.INVALID_VALUE),
    MAXIMUM(Fault.INVALID_VALUE),
    MULTIPLE_OF(Fault.INVALID_VALUE),
    MIN_ITEMS(Fault.WRONG_CARDINALITY),
    MAX_ITEMS(Fault.WRONG_CARDINALITY);

    private final Fault fault;

    Constraint(Fault fault) {
        this.fault = fault;
    }

    /** The fault a violation of this keyword is. */
    public Fault fault() {
        return fault;
    }
}
