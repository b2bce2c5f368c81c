package io.evzone.simulator.bench;

import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.Simulator;

/**
 * N chargers connect at once, boot and report each connector's status. Measures the time until all are accepted,
 * and until the station API shows them all.
 */
final class BootStormWorkload {
    private static final int PARALLEL_LOOKUPS = 32;

    private BootStormWorkload() {}

    static void run(BenchRun bench, PlatformApi api) throws InterruptedException {
        var options = bench.options;
        int n = options.chargers();
        var simulation = bench.simulation(Scenario.IDLE).rampPerSecond(0).build();
        long start = System.nanoTime();
        try (var running = Simulator.start(simulation)) {
            VisibilityWatch visibility = api != null && options.stationApi() != null
                    ? VisibilityWatch.start(api, options.stationApi(), running, start)
                    : null;
            double accepted = BenchRun.waitFor(() -> running.snapshot().booted() >= n, options.duration(), start);
            bench.cpu.coresSinceLast();
            var metrics = bench.metrics;
            metrics.put("chargers", n);
            metrics.put("seconds to all accepted", BenchRun.seconds(accepted));
            metrics.put("booted", running.snapshot().booted());
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
}
