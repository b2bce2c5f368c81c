package io.evzone.contracts.charger;

/** Where a command stands. */
public enum CommandStatus {
    QUEUED,
    SENT,
    ACCEPTED,
    REJECTED,
    FAILED,
    TIMED_OUT,
    OFFLINE;

    public boolean isFinal() {
        return this != QUEUED && this != SENT;
    }
}
