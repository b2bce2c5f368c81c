package io.evzone.simulator.charger;

import java.time.Duration;

/** Drives a charger through its {@link Scenario}, on timers; every step runs under the charger's lock. */
final class ScenarioScript {
    private static final String FAULT_CODE = "GroundFailure";
    /** How long a driver whose tag was refused waits before presenting it again. */
    static final Duration RETRY_AFTER_REFUSAL = Duration.ofSeconds(5);

    private static final int SCRIPT_CONNECTOR = 1;

    private final SimulatedCharger<?, ?> charger;
    private final ChargerSettings settings;
    private boolean started;
    private Timers.Cancellable next = Timers.Cancellable.NONE;

    ScenarioScript(SimulatedCharger<?, ?> charger, Timers timers) {
        this.charger = charger;
        this.settings = charger.settings();
    }

    /** The first acceptance starts the script; later reboots and reconnects leave it running. */
    void onAccepted() {
        if (started) {
            return;
        }
        started = true;
        switch (settings.scenario()) {
            case IDLE -> {}
            case DRIVER_SESSION -> at(settings.firstActionDelay(), this::driverArrives);
            case FAULTED_CONNECTOR -> at(settings.firstActionDelay(), this::faultBegins);
            case OUTAGE -> at(settings.firstActionDelay(), this::outageSessionStarts);
        }
    }

    /**
     * The CSMS refused the driver's tag, or gave no answer in time: the driver presents it again a little later,
     * as a person at the charger would, instead of walking away for a whole session length.
     */
    void tagRefused(int connectorId) {
        if (!started || connectorId != SCRIPT_CONNECTOR) {
            return;
        }
        switch (settings.scenario()) {
            case DRIVER_SESSION -> retry(this::driverArrives);
            case OUTAGE -> retry(this::outageSessionStarts);
            case IDLE, FAULTED_CONNECTOR -> {}
        }
    }

    private void retry(Runnable step) {
        next.cancel();
        at(RETRY_AFTER_REFUSAL, step);
    }

    void cancel() {
        next.cancel();
        started = false;
    }

    private void at(Duration delay, Runnable step) {
        next = charger.later(delay, step);
    }

    private Duration pause() {
        return settings.sessionLength().dividedBy(2).plusSeconds(1);
    }

    private boolean startSession() {
        return charger.state() == SimulatedCharger.State.ACCEPTED
                && charger.startSession(SCRIPT_CONNECTOR, settings.idTag(), null, true);
    }

    private void driverArrives() {
        if (startSession()) {
            at(settings.sessionLength(), this::driverLeaves);
        } else {
            at(pause(), this::driverArrives);
        }
    }

    private void driverLeaves() {
        charger.stopSession(SCRIPT_CONNECTOR, StopReason.LOCAL);
        at(pause(), this::driverArrives);
    }

    private void faultBegins() {
        charger.fault(SCRIPT_CONNECTOR, FAULT_CODE);
        at(settings.sessionLength(), this::faultClears);
    }

    private void faultClears() {
        charger.recover(SCRIPT_CONNECTOR);
        at(settings.sessionLength(), this::faultBegins);
    }

    private void outageSessionStarts() {
        if (startSession()) {
            at(charger.meterInterval().multipliedBy(2), this::networkDrops);
        } else {
            at(pause(), this::outageSessionStarts);
        }
    }

    private void networkDrops() {
        charger.dropConnection(settings.outageLength());
        at(settings.outageLength().dividedBy(2), this::driverLeavesWhileOffline);
    }

    private void driverLeavesWhileOffline() {
        charger.stopSession(SCRIPT_CONNECTOR, StopReason.LOCAL);
        at(settings.outageLength().dividedBy(2).plus(settings.sessionLength()), this::outageSessionStarts);
    }
}
