package io.evzone.auth.metrics.application;

import io.evzone.auth.metrics.domain.AuthOperation;
import io.evzone.auth.metrics.domain.OperationStats;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.web.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Measures logins, refreshes and logouts: as Micrometer timers ({@code evzone.auth.login} etc.,
 * tagged with {@code outcome}, with a percentile histogram, so Prometheus sees them cluster-wide)
 * and in this node's memory for {@code GET /api/v1/auth/metrics} (since start and the last five
 * minutes).
 */
@Component
public class AuthMetrics {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    static final int SLOTS = 30;

    private final MeterRegistry registry;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<AuthOperation, OperationStats> stats = new EnumMap<>(AuthOperation.class);
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public AuthMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.startedAt = clock.instant();
        for (AuthOperation operation : AuthOperation.values()) {
            stats.put(operation, new OperationStats(WINDOW, SLOTS));
        }
    }

    /** Runs the operation and records its outcome (from the exception it throws, if any) and latency. */
    public <T> T time(AuthOperation operation, Supplier<T> action) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = action.get();
            outcome = "success";
            return result;
        } catch (RuntimeException e) {
            outcome = outcomeOf(e);
            throw e;
        } finally {
            record(operation, outcome, System.nanoTime() - start);
        }
    }

    public void record(AuthOperation operation, String outcome, long nanos) {
        timers.computeIfAbsent(
                        operation.meterName() + "|" + outcome,
                        key -> Timer.builder(operation.meterName())
                                .description("EVZone auth " + operation.name().toLowerCase(java.util.Locale.ROOT)
                                        + " requests")
                                .tag("outcome", outcome)
                                .publishPercentileHistogram()
                                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
        stats.get(operation).record("success".equals(outcome), nanos / 1000, clock.millis());
    }

    /** The figures of every operation, since start and over the last five minutes. */
    public Map<AuthOperation, Figures> figures() {
        long now = clock.millis();
        Map<AuthOperation, Figures> figures = new EnumMap<>(AuthOperation.class);
        stats.forEach((operation, s) -> figures.put(operation, new Figures(s.sinceStart(), s.window(now))));
        return figures;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** One operation's figures. */
    public record Figures(OperationStats.Snapshot sinceStart, OperationStats.Snapshot lastFiveMinutes) {}

    static String outcomeOf(RuntimeException e) {
        if (e instanceof ApiException api) {
            return switch (api.status().value()) {
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 429 -> "rate_limited";
                default -> api.status().is4xxClientError() ? "client_error" : "error";
            };
        }
        if (e instanceof DomainException domain) {
            return domain.kind() == DomainException.Kind.FORBIDDEN ? "forbidden" : "client_error";
        }
        return "error";
    }
}
