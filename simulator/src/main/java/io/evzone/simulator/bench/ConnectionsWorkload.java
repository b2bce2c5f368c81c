package io.evzone.simulator.bench;

import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.StatsSnapshot;
import java.time.Duration;

/** Ramps to N concurrent chargers and holds them with heartbeats; reports what the gateway's memory did. */
final class ConnectionsWorkload {
    private ConnectionsWorkload() {}

    static void run(BenchRun bench) throws InterruptedException {
        var options = bench.options;
        int n = options.chargers();
        var simulation =
                bench.simulation(Scenario.IDLE).rampPerSecond(options.rate()).build();
        bench.gateway.sample();
        long start = System.nanoTime();
        try (var running = Simulator.start(simulation)) {
            Duration rampLimit = Duration.ofSeconds(60 + (options.rate() > 0 ? (long) (n / options.rate()) : 60));
            double ramp = BenchRun.waitFor(() -> running.snapshot().connected() >= n, rampLimit, start);
            double cores = bench.hold(options.duration());
            StatsSnapshot end = running.snapshot();
            var metrics = bench.metrics;
            metrics.put("target connections", n);
            metrics.put("accepted connections (peak)", end.peakConnected());
            metrics.put("connected at end", end.connected());
            metrics.put("booted at end", end.booted());
            metrics.put("connect failures", end.connectFailures());
            metrics.put("errors", end.errors());
            metrics.put("seconds to all connected", BenchRun.seconds(ramp));
            metrics.put("messages", end.messages());
            bench.gatewayMemory();
            bench.generator(cores);
            if (end.peakConnected() > 0) {
                metrics.put(
                        "generator heap KB per connection",
                        BenchRun.round(ProcessCpu.heapUsedBytes() / 1024.0 / end.peakConnected(), 2));
            }
        }
    }
}
