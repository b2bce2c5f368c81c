package io.evzone.simulator.charger;

import java.util.Locale;

/** What a simulated charger does on its own, beyond answering the CSMS. */
public enum Scenario {
    /** Boot, report status, heartbeat, answer commands. */
    IDLE,
    /** A driver presents an RFID tag: Authorize, start, meter values, stop after the session length; repeat. */
    DRIVER_SESSION,
    /** Connector 1 reports Faulted with an error code, and recovers after the session length. */
    FAULTED_CONNECTOR,
    /**
     * A transaction runs; the connection drops; meter values and the stop are queued offline and resent in order on
     * reconnect (OCPP 1.6 §4.7, 2.0.1 E04).
     */
    OUTAGE;

    /** The command-line name, for example {@code driver-session}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Scenario fromCliName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
