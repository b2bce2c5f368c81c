package io.evzone.simulator.charger;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Sends a Heartbeat at the interval in force while the charger is accepted. Runs under the charger's lock. */
final class Heartbeat<Q> {
    private final SimulatedCharger<Q, ?> charger;
    private final BooleanSupplier accepted;
    private Timers.Cancellable timer = Timers.Cancellable.NONE;

    Heartbeat(SimulatedCharger<Q, ?> charger, BooleanSupplier accepted) {
        this.charger = charger;
        this.accepted = accepted;
    }

    /** The interval in force: the override, or HeartbeatInterval (set from the boot answer). */
    Duration interval() {
        return charger.settings().heartbeatOverride() != null
                ? charger.settings().heartbeatOverride()
                : Duration.ofSeconds(charger.configuration().intValue(ChargerConfiguration.HEARTBEAT_INTERVAL));
    }

    /** The CSMS accepted the charger with this interval; zero or less keeps the configured one. */
    void accepted(int intervalSeconds) {
        if (intervalSeconds > 0) {
            charger.configuration().set(ChargerConfiguration.HEARTBEAT_INTERVAL, Integer.toString(intervalSeconds));
        }
        restart();
    }

    /** Starts the interval afresh, as after acceptance or a change of HeartbeatInterval. */
    void restart() {
        timer.cancel();
        Duration interval = interval();
        if (accepted.getAsBoolean() && interval.isPositive()) {
            timer = charger.later(interval, () -> {
                if (accepted.getAsBoolean()) {
                    charger.send(charger.heartbeatRequest());
                    restart();
                }
            });
        }
    }

    void stop() {
        timer.cancel();
    }
}
