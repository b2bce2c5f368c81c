package io.evzone.contracts.charger;

/**
 * Where a command stands: QUEUED and SENT until one final outcome. The final outcomes: ACCEPTED or REJECTED (the
 * charger's answer), FAILED (a CALLERROR, an answer that breaks its schema, or a command the charger's version cannot
 * express with these values), NOT_SUPPORTED (the charger's OCPP version has no such operation), TIMED_OUT (no answer
 * before the deadline), OFFLINE (no gateway node holds the charger).
 */
public enum CommandStatus {
    QUEUED,
    SENT,
    ACCEPTED,
    REJECTED,
    FAILED,
    NOT_SUPPORTED,
    TIMED_OUT,
    OFFLINE;

    public boolean isFinal() {
        return this != QUEUED && this != SENT;
    }
}
