package io.evzone.auth.metrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OperationStatsTest {

    private final OperationStats stats = new OperationStats(Duration.ofMinutes(5), 30);

    @Test
    void countsSuccessesAndFailuresSinceStart() {
        stats.record(true, 1_000, 0);
        stats.record(true, 1_000, 0);
        stats.record(false, 1_000, 0);

        OperationStats.Snapshot total = stats.sinceStart();

        assertThat(total.count()).isEqualTo(3);
        assertThat(total.succeeded()).isEqualTo(2);
        assertThat(total.failed()).isEqualTo(1);
        assertThat(total.successRate()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void theWindowForgetsWhatIsOlderThanFiveMinutes() {
        stats.record(true, 1_000, 0);
        stats.record(false, 1_000, 250_000);

        assertThat(stats.window(250_000).count()).isEqualTo(2);
        assertThat(stats.window(305_000).count()).isEqualTo(1);
        assertThat(stats.window(600_000).count()).isZero();
        assertThat(stats.window(600_000).successRate()).isNull();
        assertThat(stats.sinceStart().count()).isEqualTo(2);
    }

    @Test
    void aSlotReusedAfterAFullTurnStartsEmpty() {
        stats.record(true, 1_000, 5_000);
        stats.record(true, 1_000, 305_000);

        assertThat(stats.window(305_000).count()).isEqualTo(1);
    }

    @Test
    void percentilesAreWithinTenPercent() {
        for (int ms = 1; ms <= 100; ms++) {
            stats.record(true, ms * 1_000L, 0);
        }

        OperationStats.Snapshot total = stats.sinceStart();

        assertThat(total.p50()).isCloseTo(50, within(5.0));
        assertThat(total.p95()).isCloseTo(95, within(9.5));
        assertThat(total.p99()).isCloseTo(99, within(9.9));
    }

    @Test
    void anEmptyPeriodHasZeroLatencies() {
        assertThat(stats.sinceStart().p99()).isZero();
    }
}
