package io.evzone.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private static StatsSnapshot snapshot(
            int connected, int booted, int sessions, long sent, long received, long errors) {
        return new StatsSnapshot(connected, booted, sessions, sessions, sent, received, errors, 0, connected);
    }

    @Test
    void showsElapsedTimeCountsMessageRateAndErrors() {
        var before = snapshot(9_000, 8_000, 10, 1_000, 1_000, 0);
        var now = snapshot(10_000, 9_998, 42, 3_000, 2_500, 3);
        String line = ProgressLine.format(Duration.ofSeconds(3_725), 10_000, now, before, Duration.ofSeconds(2));
        assertThat(line)
                .isEqualTo("[01:02:05] connected 10,000/10,000 | booted 9,998 | sessions 42 | 1,750 msg/s | errors 3");
    }

    @Test
    void countsFailedConnectsAsErrors() {
        var zero = snapshot(0, 0, 0, 0, 0, 0);
        var failing = new StatsSnapshot(0, 0, 0, 0, 0, 0, 1, 4, 0);
        assertThat(ProgressLine.format(Duration.ZERO, 5, failing, zero, Duration.ofSeconds(1)))
                .endsWith("connected 0/5 | booted 0 | sessions 0 | 0 msg/s | errors 5");
    }
}
