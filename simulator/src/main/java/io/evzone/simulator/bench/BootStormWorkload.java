package io.evzone.simulator.bench;

import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.Simulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

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
            double accepted = BenchRun.waitFor(() -> running.snapshot().booted() >= n, options.duration(), start);
            bench.cpu.coresSinceLast();
            var metrics = bench.metrics;
            metrics.put("chargers", n);
            metrics.put("seconds to all accepted", BenchRun.seconds(accepted));
            metrics.put("booted", running.snapshot().booted());
            if (api != null && options.stationApi() != null) {
                List<String> ids = running.chargers().stream().map(c -> c.id()).toList();
                double visible = untilVisible(api, bench, ids, start);
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

    private static double untilVisible(PlatformApi api, BenchRun bench, List<String> ids, long start)
            throws InterruptedException {
        Set<String> missing = ConcurrentHashMap.newKeySet();
        missing.addAll(ids);
        long deadline = start + bench.options.duration().toNanos();
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            List<String> round = new ArrayList<>(missing);
            Collections.shuffle(round);
            for (int i = 0; i < round.size(); i += PARALLEL_LOOKUPS) {
                var batch = round.subList(i, Math.min(round.size(), i + PARALLEL_LOOKUPS));
                CompletableFuture.allOf(batch.stream()
                                .map(id -> api.visible(bench.options.stationApi(), id)
                                        .thenAccept(found -> {
                                            if (found) {
                                                missing.remove(id);
                                            }
                                        }))
                                .toArray(CompletableFuture[]::new))
                        .join();
            }
            if (!missing.isEmpty()) {
                Thread.sleep(500);
            }
        }
        bench.metrics.put("visible in station API", ids.size() - missing.size());
        return missing.isEmpty() ? BenchRun.round((System.nanoTime() - start) / 1e9, 3) : -1;
    }
}
