package io.evzone.simulator.charger;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and timers chargers share. One implementation wraps a small scheduled thread pool for thousands of
 * chargers; tests use a manual one that advances virtual time, so no test waits for a heartbeat interval.
 */
public interface Timers {

    /** Runs the task once after the delay. */
    Cancellable schedule(Duration delay, Runnable task);

    /** The current time. */
    Instant now();

    /** A scheduled task that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        Cancellable NONE = () -> {};

        void cancel();
    }
}
