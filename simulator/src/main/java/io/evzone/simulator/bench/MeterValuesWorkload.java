package io.evzone.simulator.bench;

import io.evzone.ocpp.OcppVersion;
import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.RunningSimulation;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.SimulatorOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;

/**
 * N chargers in sessions send meter values at a fixed total rate (each every N/rate seconds). Measures sustained
 * throughput and the CALL round trip at the charger; with the session API, the lag until values are stored.
 */
final class MeterValuesWorkload {
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final int LAG_SAMPLES = 10;

    private MeterValuesWorkload() {}

    static void run(BenchRun bench, PlatformApi api) throws InterruptedException {
        var options = bench.options;
        int n = options.chargers();
        Duration interval = Duration.ofNanos((long) (n * 1e9 / options.rate()));
        var simulation = bench.simulation(Scenario.DRIVER_SESSION)
                .meterInterval(interval)
                .sessionLength(options.duration().plus(WARM_UP).plusMinutes(10))
                // The steady state is measured, not the ramp: a gentle one keeps boots and
                // authorizations from competing with each other for the platform.
                .rampPerSecond(100)
                .build();
        String action = options.version() == OcppVersion.V16 ? "MeterValues" : "TransactionEvent";
        if (api != null && options.sessionApi() != null) {
            registerIdTags(bench, api, simulation);
        } else {
            bench.notes.add("id tags not registered (no --session-api): sessions start only if the CSMS accepts them");
        }
        long start = System.nanoTime();
        try (var running = Simulator.start(simulation)) {
            LagTracker lag = api != null && options.sessionApi() != null ? new LagTracker(running) : null;
            Duration limit = Duration.ofSeconds(120 + n / 100);
            double ready = BenchRun.waitFor(() -> running.snapshot().activeSessions() >= n, limit, start);
            Thread.sleep(WARM_UP);
            running.stats().takeLatencies(action);
            long errorsBefore = running.snapshot().errors();
            long storedBefore = storedValues(api, options);
            double cores;
            if (lag != null) {
                cores = lag.pollWhile(() -> bench.hold(options.duration()), api, options);
            } else {
                cores = bench.hold(options.duration());
                bench.notes.add("storage lag not measured: give --session-api and --token (or --email/--password)");
            }
            Histogram rtt = running.stats().takeLatencies(action);
            long storedAfter = storedValues(api, options);
            var metrics = bench.metrics;
            metrics.put("chargers in sessions", running.snapshot().activeSessions());
            metrics.put("seconds until all in sessions", BenchRun.seconds(ready));
            metrics.put("target meter values/s", options.rate());
            metrics.put(
                    "sustained meter values/s",
                    BenchRun.round(
                            rtt.getTotalCount() / (double) options.duration().toSeconds(), 1));
            if (storedBefore >= 0 && storedAfter >= 0) {
                metrics.put(
                        "sampled values stored/s (session service)",
                        BenchRun.round(
                                (storedAfter - storedBefore)
                                        / (double) options.duration().toSeconds(),
                                1));
            } else {
                bench.notes.add("values stored/s not measured: give --session-api");
            }
            metrics.put("round trip p50 ms", ms(rtt.getValueAtPercentile(50)));
            metrics.put("round trip p95 ms", ms(rtt.getValueAtPercentile(95)));
            metrics.put("round trip p99 ms", ms(rtt.getValueAtPercentile(99)));
            metrics.put("round trip max ms", ms(rtt.getMaxValue()));
            metrics.put("errors during hold", running.snapshot().errors() - errorsBefore);
            if (lag != null) {
                lag.report(bench);
            }
            bench.gatewayMemory();
            bench.generator(cores);
        }
    }

    private static void registerIdTags(BenchRun bench, PlatformApi api, SimulatorOptions simulation) {
        int refused = 0;
        for (int from = 0; from < simulation.chargers(); from += 32) {
            var batch = IntStream.range(from, Math.min(simulation.chargers(), from + 32))
                    .mapToObj(i -> api.registerIdTag(bench.options.sessionApi(), simulation.idTag(i)))
                    .toList();
            refused += (int) batch.stream().filter(f -> !f.join()).count();
        }
        if (refused > 0) {
            bench.notes.add(refused + " id tags could not be registered");
        }
    }

    private static long storedValues(PlatformApi api, BenchOptions options) {
        return api != null && options.sessionApi() != null ? api.meterValuesStored(options.sessionApi()) : -1;
    }

    private static double ms(long micros) {
        return BenchRun.round(micros / 1000.0, 2);
    }

    /** Follows a few chargers' meter values to the session API. */
    private static final class LagTracker {
        private record Point(long nanos, long deliveredWh) {}

        private final Map<String, ConcurrentLinkedDeque<Point>> points = new ConcurrentHashMap<>();
        private final Histogram lagMillis = new Histogram(3);

        LagTracker(RunningSimulation running) {
            running.chargers().stream()
                    .limit(LAG_SAMPLES)
                    .forEach(c -> points.put(c.id(), new ConcurrentLinkedDeque<>()));
            running.stats().meterListener((id, register, meterStart) -> {
                var queue = points.get(id);
                if (queue != null) {
                    queue.addLast(new Point(System.nanoTime(), register - meterStart));
                }
            });
        }

        interface Hold {
            double run() throws InterruptedException;
        }

        double pollWhile(Hold hold, PlatformApi api, BenchOptions options) throws InterruptedException {
            Thread poller = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    points.forEach((id, queue) -> api.activeSessionEnergy(options.sessionApi(), id)
                            .join()
                            .ifPresent(stored -> matched(queue, stored)));
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                return hold.run();
            } finally {
                poller.interrupt();
                poller.join(5_000);
            }
        }

        private void matched(ConcurrentLinkedDeque<Point> queue, long storedWh) {
            Point last = null;
            while (!queue.isEmpty() && queue.peekFirst().deliveredWh() <= storedWh) {
                last = queue.pollFirst();
            }
            if (last != null) {
                synchronized (lagMillis) {
                    lagMillis.recordValue(Math.max(0, (System.nanoTime() - last.nanos()) / 1_000_000));
                }
            }
        }

        void report(BenchRun bench) {
            synchronized (lagMillis) {
                bench.metrics.put("storage lag samples", lagMillis.getTotalCount());
                if (lagMillis.getTotalCount() > 0) {
                    bench.metrics.put("storage lag p50 ms", lagMillis.getValueAtPercentile(50));
                    bench.metrics.put("storage lag p95 ms", lagMillis.getValueAtPercentile(95));
                    bench.metrics.put("storage lag max ms", lagMillis.getMaxValue());
                } else {
                    bench.notes.add("the session API never showed the sampled chargers' energy");
                }
            }
        }
    }
}
