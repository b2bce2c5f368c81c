package io.evzone.session.charging.domain;

/** Where a charging session stands. */
public enum SessionStatus {
    /** The charger reported it started and has not reported it ended. */
    ACTIVE,
    /** Ended: by the charger, or closed by the CSMS when the charger rebooted without ending it. */
    COMPLETED,
    /** Known only from its end: a 1.6 StopTransaction for a transaction id the CSMS never allocated or saw start. */
    FAILED
}
