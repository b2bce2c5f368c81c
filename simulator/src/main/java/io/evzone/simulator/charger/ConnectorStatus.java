package io.evzone.simulator.charger;

/** Connector status in OCPP 1.6's words; 2.0.1 folds Preparing, Charging and Finishing into Occupied. */
public enum ConnectorStatus {
    AVAILABLE,
    PREPARING,
    CHARGING,
    FINISHING,
    RESERVED,
    UNAVAILABLE,
    FAULTED
}
