package io.evzone.ocpp;

/** The side of an OCPP-J connection a codec works for. */
public enum Role {
    /** The central system (CSMS): the WebSocket server. */
    CSMS,
    /** The charge point (1.6) or charging station (2.0.1): the WebSocket client. */
    CHARGING_STATION;

    /** The other side of the connection. */
    public Role peer() {
        return this == CSMS ? CHARGING_STATION : CSMS;
    }
}
