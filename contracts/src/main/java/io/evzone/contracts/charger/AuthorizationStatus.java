package io.evzone.contracts.charger;

/** An id token's standing, covering OCPP 1.6 and 2.0.1 values. */
public enum AuthorizationStatus {
    ACCEPTED,
    BLOCKED,
    EXPIRED,
    INVALID,
    CONCURRENT_TX,
    NO_CREDIT,
    NOT_ALLOWED_TYPE_EVSE,
    NOT_AT_THIS_LOCATION,
    NOT_AT_THIS_TIME,
    UNKNOWN
}
