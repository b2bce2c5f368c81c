package io.evzone.simulator.run;

import io.evzone.simulator.charger.SimulatedCharger;
import java.time.Duration;
import java.util.List;

/** Chargers that are running. Closing it stops them and releases the transport. */
public final class RunningSimulation implements AutoCloseable {
    private final SimulatorOptions options;
    private final List<SimulatedCharger<?, ?>> chargers;
    private final SimulatorStats stats;
    private final Runnable cleanup;
    private final long startNanos = System.nanoTime();
    private SimulatorSummary summary;

    RunningSimulation(
            SimulatorOptions options, List<SimulatedCharger<?, ?>> chargers, SimulatorStats stats, Runnable cleanup) {
        this.options = options;
        this.chargers = List.copyOf(chargers);
        this.stats = stats;
        this.cleanup = cleanup;
    }

    public SimulatorOptions options() {
        return options;
    }

    public List<SimulatedCharger<?, ?>> chargers() {
        return chargers;
    }

    public SimulatorStats stats() {
        return stats;
    }

    public StatsSnapshot snapshot() {
        return stats.snapshot();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Stops every charger (once) and returns the summary taken just before. */
    public synchronized SimulatorSummary stop() {
        if (summary == null) {
            summary = new SimulatorSummary(chargers.size(), elapsed(), stats.snapshot(), stats.recentErrors());
            chargers.forEach(SimulatedCharger::stop);
        }
        return summary;
    }

    @Override
    public void close() {
        stop();
        cleanup.run();
    }
}
