package io.evzone.ocpp;

/** Which side may send the CALL of an action. */
public enum Direction {
    CHARGING_STATION_TO_CSMS,
    CSMS_TO_CHARGING_STATION,
    /** DataTransfer, which either side may start. */
    BOTH;

    /** Whether a CALL of this direction may be sent by the given role. */
    public boolean isSentBy(Role role) {
        return switch (this) {
            case CHARGING_STATION_TO_CSMS -> role == Role.CHARGING_STATION;
            case CSMS_TO_CHARGING_STATION -> role == Role.CSMS;
            case BOTH -> true;
        };
    }
}
