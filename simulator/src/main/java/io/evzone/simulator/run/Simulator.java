package io.evzone.simulator.run;

import io.evzone.ocpp.OcppVersion;
import io.evzone.simulator.charger.ChargerEvents;
import io.evzone.simulator.charger.ChargerSettings;
import io.evzone.simulator.charger.ExecutorTimers;
import io.evzone.simulator.charger.Ocpp16Charger;
import io.evzone.simulator.charger.Ocpp201Charger;
import io.evzone.simulator.charger.SimulatedCharger;
import io.evzone.simulator.charger.Timers;
import io.evzone.simulator.transport.Dialer;
import io.evzone.simulator.transport.JdkDialer;
import io.evzone.simulator.transport.SourceAddresses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs simulated chargers. {@link #run} blocks for the options' duration and returns a summary; {@link #start}
 * returns at once with a handle (for tests and the benchmark).
 *
 * <pre>{@code
 * SimulatorSummary summary = Simulator.run(SimulatorOptions.builder(URI.create("ws://localhost:3003/ocpp"))
 *         .chargers(100).version(OcppVersion.V16).duration(Duration.ofSeconds(30)).build());
 * assert summary.errors() == 0;
 * }</pre>
 */
public final class Simulator {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private Simulator() {}

    /** Runs for {@code options.duration()} (or until the thread is interrupted), then stops every charger. */
    public static SimulatorSummary run(SimulatorOptions options) {
        try (RunningSimulation simulation = start(options)) {
            try {
                if (options.duration() == null) {
                    Thread.currentThread().join();
                } else {
                    Thread.sleep(options.duration());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return simulation.stop();
        }
    }

    /** Starts the chargers (ramping up at the options' rate) and returns at once. */
    public static RunningSimulation start(SimulatorOptions options) {
        var addresses = SourceAddresses.choose(options.url(), options.chargers(), options.sourceAddresses());
        int timerThreads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
        var dialer = new JdkDialer(options.url(), options.security(), addresses, CONNECT_TIMEOUT, options.ioThreads());
        var timers = new ExecutorTimers(timerThreads);
        return start(options, dialer, timers, new SimulatorStats(), () -> {
            dialer.close();
            timers.close();
        });
    }

    /** Starts chargers on the given transport and clock; {@code cleanup} runs when the simulation is closed. */
    public static RunningSimulation start(
            SimulatorOptions options, Dialer dialer, Timers timers, SimulatorStats stats, Runnable cleanup) {
        List<SimulatedCharger<?, ?>> chargers = new ArrayList<>(options.chargers());
        for (int i = 0; i < options.chargers(); i++) {
            chargers.add(create(options, i, dialer, timers, stats));
        }
        RunningSimulation simulation = new RunningSimulation(options, chargers, stats, cleanup);
        for (int i = 0; i < chargers.size(); i++) {
            SimulatedCharger<?, ?> charger = chargers.get(i);
            Duration delay = options.rampPerSecond() <= 0
                    ? Duration.ZERO
                    : Duration.ofNanos((long) (i * 1e9 / options.rampPerSecond()));
            timers.schedule(delay, charger::start);
        }
        return simulation;
    }

    static SimulatedCharger<?, ?> create(
            SimulatorOptions options, int index, Dialer dialer, Timers timers, ChargerEvents events) {
        ChargerSettings settings = settings(options, index);
        return switch (options.version()) {
            case V16 -> new Ocpp16Charger(settings, Ocpp16Charger.codec(options.validate()), dialer, timers, events);
            case V201 -> new Ocpp201Charger(settings, Ocpp201Charger.codec(options.validate()), dialer, timers, events);
            case V21 -> throw new IllegalArgumentException("OCPP 2.1 is not simulated");
        };
    }

    /** One charger's settings: scenario actions are spread over a meter interval so chargers do not act in step. */
    static ChargerSettings settings(SimulatorOptions options, int index) {
        String id = options.chargerId(index);
        Duration spread = options.meterInterval().multipliedBy(index % 1000).dividedBy(1000);
        return new ChargerSettings(
                id,
                options.version(),
                options.connectors(),
                options.scenario(),
                options.idTag(index),
                options.meterInterval(),
                options.sessionLength(),
                options.outageLength(),
                options.heartbeatOverride(),
                options.callTimeout(),
                Duration.ofSeconds(1).plus(spread),
                options.power(),
                options.seed() * 31 + id.hashCode());
    }

    /** The OCPP version for a command-line value: {@code 1.6}, {@code 2.0.1}. */
    public static OcppVersion version(String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT).replace("ocpp", "")) {
            case "1.6", "16" -> OcppVersion.V16;
            case "2.0.1", "201", "2.0" -> OcppVersion.V201;
            default -> throw new IllegalArgumentException("OCPP version must be 1.6 or 2.0.1, not " + value);
        };
    }
}
