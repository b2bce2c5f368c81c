package io.evzone.simulator.bench;

import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.SimulatorOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What every workload shares: the options, the measurements so far, the gateway probe and the CPU meter. */
final class BenchRun {
    static final double MB = 1024.0 * 1024.0;
    final BenchOptions options;
    final Map<String, Object> metrics = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final GatewayProbe gateway;
    final ProcessCpu cpu = new ProcessCpu();

    BenchRun(BenchOptions options) {
        this.options = options;
        this.gateway = new GatewayProbe(options.gatewayMetrics(), options.gatewayPid());
    }

    /** Simulator options for this benchmark: schema validation off, so the generator spends its CPU on I/O. */
    SimulatorOptions.Builder simulation(Scenario scenario) {
        return SimulatorOptions.builder(options.url())
                .chargers(options.chargers())
                .version(options.version())
                .connectors(options.connectors())
                .prefix(options.prefix())
                .scenario(scenario)
                .security(options.security())
                .sourceAddresses(options.sourceAddresses())
                .validate(false);
    }

    /** Waits until the condition holds; the seconds it took, or -1 when the limit passed first. */
    static double waitFor(BooleanSupplier condition, Duration limit, long startNanos) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Thread.sleep(20);
        }
        return round((System.nanoTime() - startNanos) / 1e9, 3);
    }

    /** Holds for the duration, sampling the gateway's memory every few seconds; returns generator cores used. */
    double hold(Duration duration) throws InterruptedException {
        cpu.coresSinceLast();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            gateway.sample();
            Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        gateway.sample();
        return cpu.coresSinceLast();
    }

    void gatewayMemory() {
        metrics.put("gateway heap MB (peak)", gateway.peakHeap() < 0 ? "n/a" : round(gateway.peakHeap() / MB, 1));
        metrics.put("gateway RSS MB (peak)", gateway.peakRss() < 0 ? "n/a" : round(gateway.peakRss() / MB, 1));
        if (gateway.problem() != null) {
            notes.add("gateway metrics: " + gateway.problem());
        }
    }

    void generator(double cores) {
        metrics.put("generator CPU cores used", round(cores, 2));
        metrics.put("generator CPU % of machine", round(100 * cores / ProcessCpu.availableCores(), 1));
        metrics.put("generator heap MB", round(ProcessCpu.heapUsedBytes() / MB, 1));
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String seconds(double value) {
        return value < 0 ? "not reached" : String.format(Locale.ROOT, "%.3f", value);
    }

    BenchResult result(java.time.Instant startedAt) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("url", options.url().toString());
        parameters.put("chargers", options.chargers());
        parameters.put("rate", options.rate());
        parameters.put("durationSeconds", options.duration().toSeconds());
        parameters.put("ocppVersion", options.version().subprotocol());
        parameters.put("connectors", options.connectors());
        if (options.warmUpChargers() > 0) {
            parameters.put("warmUpChargers", options.warmUpChargers());
        }
        parameters.put("generatorCores", ProcessCpu.availableCores());
        return new BenchResult(options.workload().cliName(), startedAt, parameters, metrics, List.copyOf(notes));
    }
}
