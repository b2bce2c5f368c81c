package io.evzone.ocpp;

/**
 * Why a message cannot be processed, independent of the OCPP version. {@link OcppVersion#errorCode(Fault)}
 * turns a fault into the error code that version's CALLERROR carries.
 */
public enum Fault {
    /** The frame is not valid JSON. */
    INVALID_JSON,
    /** The frame is JSON but not an RPC array of the right length and element types. */
    INVALID_FRAME,
    /** The message id is not a string of at most 36 characters. */
    INVALID_MESSAGE_ID,
    /** The message type number is not one this version defines. */
    UNSUPPORTED_MESSAGE_TYPE,
    /** The action is not known to the receiver. */
    UNKNOWN_ACTION,
    /** The action is known but the receiver does not accept it (for example sent in the wrong direction). */
    UNSUPPORTED_ACTION,
    /** The payload is not a JSON object. */
    INVALID_PAYLOAD,
    /** The payload has a property its schema does not allow. */
    UNKNOWN_PROPERTY,
    /** A required property is missing. */
    MISSING_PROPERTY,
    /** A list has fewer or more items than allowed. */
    WRONG_CARDINALITY,
    /** A value has the wrong JSON type, or is not a well-formed date-time or URI. */
    WRONG_TYPE,
    /** A value is outside its enumeration, length, range or step. */
    INVALID_VALUE,
    /** The receiver refuses the message for a security reason. */
    SECURITY,
    /** The receiver failed while processing a valid message. */
    INTERNAL,
    /** Any other error. */
    GENERIC
}
