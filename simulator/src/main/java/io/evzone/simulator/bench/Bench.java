package io.evzone.simulator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a benchmark workload against a running platform and returns what it measured.
 *
 * <pre>{@code
 * BenchResult result = Bench.run(BenchOptions.defaults(Workload.CONNECTIONS, URI.create("ws://localhost:3003/ocpp"))
 *         .with(100, 50, Duration.ofSeconds(10)));
 * }</pre>
 */
public final class Bench {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Bench() {}

    public static BenchResult run(BenchOptions options) {
        return run(options, null);
    }

    /** Runs the workload; {@code notifications} is needed by the notifications workload only. */
    public static BenchResult run(BenchOptions options, NotificationBenchSettings notifications) {
        return run(options, notifications, null);
    }

    /** Runs the workload; {@code pricing} is needed by the pricing workload only. */
    public static BenchResult run(
            BenchOptions options, NotificationBenchSettings notifications, PricingBenchSettings pricing) {
        Instant startedAt = Instant.now();
        BenchRun bench = new BenchRun(options);
        try {
            PlatformApi api = api(options, bench);
            switch (options.workload()) {
                case CONNECTIONS -> ConnectionsWorkload.run(bench);
                case BOOT_STORM -> BootStormWorkload.run(bench, api);
                case METER_VALUES -> MeterValuesWorkload.run(bench, api);
                case NOTIFICATIONS -> NotificationsWorkload.run(bench, notifications);
                case LEDGER -> LedgerWorkload.run(bench, api == null ? null : api.token());
                case PRICING -> PricingWorkload.run(bench, pricing);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bench.notes.add("interrupted");
        }
        return bench.result(startedAt);
    }

    private static PlatformApi api(BenchOptions options, BenchRun bench) throws InterruptedException {
        if (options.token() != null) {
            return new PlatformApi(options.token());
        }
        if (options.email() != null && options.password() != null) {
            try {
                return new PlatformApi(PlatformApi.login(options.authApi(), options.email(), options.password()));
            } catch (IOException e) {
                bench.notes.add("login failed: " + e.getMessage());
            }
        }
        return null;
    }

    /** Prints the result as a two-column table. */
    public static void print(BenchResult result, PrintStream out) {
        int width = result.metrics().keySet().stream()
                .mapToInt(String::length)
                .max()
                .orElse(10);
        out.printf("%nEVZone benchmark: %s (%s)%n", result.workload(), result.startedAt());
        result.parameters().forEach((k, v) -> out.printf("  %-" + width + "s  %s%n", k, v));
        out.println("  " + "-".repeat(width + 20));
        for (Map.Entry<String, Object> metric : result.metrics().entrySet()) {
            out.printf("  %-" + width + "s  %s%n", metric.getKey(), metric.getValue());
        }
        result.notes().forEach(note -> out.println("  note: " + note));
    }

    /** Writes the result as JSON to {@code out}, or to bench-results/WORKLOAD-TIMESTAMP.json; returns the path. */
    public static Path write(BenchResult result, Path out) {
        Path path = out != null
                ? out
                : Path.of("bench-results", result.workload() + "-" + STAMP.format(result.startedAt()) + ".json");
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            Files.writeString(path, JSON.writeValueAsString(result));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }
}
