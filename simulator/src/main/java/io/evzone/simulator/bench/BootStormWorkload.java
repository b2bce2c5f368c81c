package io.evzone.simulator.bench;

import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.Simulator;
import java.time.Duration;

/**
 * N chargers connect at once, boot and report each connector's status. Measures the time until all are accepted,
 * until all their status notifications are answered, and until the station API shows them all. With a warm-up, a first storm of other chargers is run and left out.
 */
final class BootStormWorkload {
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private BootStormWorkload() {}

    static void run(BenchRun bench, PlatformApi api) throws InterruptedException {
        var options = bench.options;
        if (options.warmUpChargers() > 0) {
            warmUp(bench);
        }
        int n = options.chargers();
        var simulation = bench.simulation(Scenario.IDLE).rampPerSecond(0).build();
        bench.cpu.coresSinceLast();
        long start = System.nanoTime();
        try (var running = Simulator.start(simulation)) {
            VisibilityWatch visibility = api != null && options.stationApi() != null
                    ? VisibilityWatch.start(api, options.stationApi(), running, start)
                    : null;
            double accepted = BenchRun.waitFor(() -> running.snapshot().booted() >= n, options.duration(), start);
            var metrics = bench.metrics;
            metrics.put("chargers", n);
            metrics.put("seconds to all accepted", BenchRun.seconds(accepted));
            metrics.put("booted", running.snapshot().booted());
            long statuses = (long) n * options.connectors();
            double reported = BenchRun.waitFor(
                    () -> running.stats().answered("StatusNotification") >= statuses, options.duration(), start);
            metrics.put("seconds to all statuses answered", BenchRun.seconds(reported));
            metrics.put("statuses answered", running.stats().answered("StatusNotification"));
            if (visibility != null) {
                double visible = visibility.awaitAll(start + options.duration().toNanos());
                metrics.put("visible in station API", visibility.visibleCount());
                metrics.put("seconds to all visible in station API", BenchRun.seconds(visible));
            } else {
                bench.notes.add("station API visibility not measured: give --station-api and --token "
                        + "(or --email/--password)");
            }
            var end = running.snapshot();
            metrics.put("connect failures", end.connectFailures());
            metrics.put("errors", end.errors());
            metrics.put("messages", end.messages());
            bench.gateway.sample();
            bench.gatewayMemory();
            bench.generator(bench.cpu.coresSinceLast());
        }
    }

    /**
     * Storms the platform once with other charger ids and waits until they are accepted (or the time limit),
     * then lets their disconnects settle, so the measured storm meets a JIT-compiled node.
     */
    private static void warmUp(BenchRun bench) throws InterruptedException {
        var options = bench.options;
        var simulation = bench.simulation(Scenario.IDLE)
                .chargers(options.warmUpChargers())
                .prefix(options.prefix() + "-WARMUP")
                .rampPerSecond(0)
                .build();
        long start = System.nanoTime();
        try (var running = Simulator.start(simulation)) {
            double accepted = BenchRun.waitFor(
                    () -> running.snapshot().booted() >= options.warmUpChargers(), options.duration(), start);
            bench.metrics.put("warm-up seconds to all accepted", BenchRun.seconds(accepted));
        }
        Thread.sleep(SETTLE.toMillis());
    }
}
