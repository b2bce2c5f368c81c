package io.evzone.contracts.charger;

/**
 * Connector status in both versions' terms. OCPP 1.6 reports the first nine; 2.0.1 reports
 * AVAILABLE, OCCUPIED, RESERVED, UNAVAILABLE and FAULTED.
 */
public enum ConnectorStatus {
    AVAILABLE,
    PREPARING,
    CHARGING,
    SUSPENDED_EV,
    SUSPENDED_EVSE,
    FINISHING,
    RESERVED,
    UNAVAILABLE,
    FAULTED,
    OCCUPIED;

    /** Whether a driver could plug in and start now. */
    public boolean isFree() {
        return this == AVAILABLE;
    }

    /** Whether the connector is in use by a vehicle. */
    public boolean isBusy() {
        return switch (this) {
            case PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE, FINISHING, OCCUPIED -> true;
            default -> false;
        };
    }
}
