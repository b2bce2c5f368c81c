package io.evzone.auth.metrics.web;

import io.evzone.auth.metrics.application.AuthMetrics;
import io.evzone.auth.metrics.domain.AuthOperation;
import io.evzone.auth.metrics.domain.OperationStats;
import io.evzone.auth.shared.web.Authorities;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Metrics", description = "Login, refresh and logout figures of this node")
class MetricsController {

    private final AuthMetrics metrics;

    MetricsController(AuthMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/auth/metrics")
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(
            summary = "Login, refresh and logout counts, success rates and latency percentiles",
            description = "Platform administrators only (the figures span every organization). Figures are this"
                    + " node's, since it started and over the last five minutes; the cluster-wide series are the"
                    + " evzone_auth_* timers at /actuator/prometheus.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "403", description = "Not a platform administrator")
    MetricsResponse metrics() {
        Map<AuthOperation, AuthMetrics.Figures> figures = metrics.figures();
        return new MetricsResponse(
                metrics.startedAt(),
                AuthMetrics.WINDOW.toSeconds(),
                OperationFigures.of(figures.get(AuthOperation.LOGIN)),
                OperationFigures.of(figures.get(AuthOperation.REFRESH)),
                OperationFigures.of(figures.get(AuthOperation.LOGOUT)));
    }

    record MetricsResponse(
            Instant startedAt,
            long windowSeconds,
            OperationFigures login,
            OperationFigures refresh,
            OperationFigures logout) {}

    record OperationFigures(Period sinceStart, Period lastFiveMinutes) {

        static OperationFigures of(AuthMetrics.Figures figures) {
            return new OperationFigures(Period.of(figures.sinceStart()), Period.of(figures.lastFiveMinutes()));
        }
    }

    /** Figures of one period; {@code successRate} is between 0 and 1, null when there was nothing. */
    record Period(long count, long succeeded, long failed, Double successRate, Latency latencyMs) {

        static Period of(OperationStats.Snapshot s) {
            return new Period(
                    s.count(), s.succeeded(), s.failed(), s.successRate(), new Latency(s.p50(), s.p95(), s.p99()));
        }
    }

    record Latency(double p50, double p95, double p99) {}
}
