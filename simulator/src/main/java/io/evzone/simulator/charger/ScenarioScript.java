package io.evzone.simulator.charger;

import java.time.Duration;

/** Drives a charger through its {@link Scenario}, on timers; every step runs under the charger's lock. */
final class ScenarioScript {
    private static final String FAULT_CODE = "GroundFailure";

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
                && charger.startSession(1, settings.idTag(), null, true);
    }

    private void driverArrives() {
        if (startSession()) {
            at(settings.sessionLength(), this::driverLeaves);
        } else {
            at(pause(), this::driverArrives);
        }
    }

    private void driverLeaves() {
        charger.stopSession(1, StopReason.LOCAL);
        at(pause(), this::driverArrives);
    }

    private void faultBegins() {
        charger.fault(1, FAULT_CODE);
        at(settings.sessionLength(), this::faultClears);
    }

    private void faultClears() {
        charger.recover(1);
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
        charger.stopSession(1, StopReason.LOCAL);
        at(settings.outageLength().dividedBy(2).plus(settings.sessionLength()), this::outageSessionStarts);
    }
}
