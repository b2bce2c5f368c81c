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
        long liveBefore = bench.gateway.heapAfterFullGc();
        long start = System.nanoTime();
        try (var running = Simulator.start(simulation)) {
            Duration rampLimit = Duration.ofSeconds(60 + (options.rate() > 0 ? (long) (n / options.rate()) : 60));
            double ramp = BenchRun.waitFor(() -> running.snapshot().connected() >= n, rampLimit, start);
            double cores = bench.hold(options.duration());
            long liveHolding = bench.gateway.heapAfterFullGc();
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
            liveHeap(bench, liveBefore, liveHolding, end.connected());
            bench.generator(cores);
            if (end.peakConnected() > 0) {
                metrics.put(
                        "generator heap KB per connection",
                        BenchRun.round(ProcessCpu.heapUsedBytes() / 1024.0 / end.peakConnected(), 2));
            }
        }
    }

    /** The gateway's live heap (after a full GC) before and while holding, and the difference per connection. */
    private static void liveHeap(BenchRun bench, long before, long holding, long connected) {
        if (before < 0 || holding < 0) {
            bench.notes.add("live heap not measured: give --gateway-pid (the JVM that runs the gateway)");
            return;
        }
        bench.metrics.put("gateway heap MB after full GC, idle", BenchRun.round(before / BenchRun.MB, 1));
        bench.metrics.put("gateway heap MB after full GC, holding", BenchRun.round(holding / BenchRun.MB, 1));
        if (connected > 0) {
            bench.metrics.put(
                    "gateway live heap KB per connection", BenchRun.round((holding - before) / 1024.0 / connected, 1));
        }
    }
}
