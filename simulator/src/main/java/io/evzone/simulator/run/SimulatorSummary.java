package io.evzone.simulator.run;

import java.time.Duration;
import java.util.List;

/**
 * How a simulation went.
 *
 * @param chargers chargers simulated
 * @param elapsed how long it ran
 * @param last the counters at the end (before the chargers were stopped)
 * @param recentErrors the last few errors, empty in a clean run
 */
public record SimulatorSummary(int chargers, Duration elapsed, StatsSnapshot last, List<String> recentErrors) {

    public int connected() {
        return last.connected();
    }

    public int booted() {
        return last.booted();
    }

    public int activeSessions() {
        return last.activeSessions();
    }

    public long sessionsStarted() {
        return last.sessionsStarted();
    }

    public long messages() {
        return last.messages();
    }

    public long errors() {
        return last.errors() + last.connectFailures();
    }
}
