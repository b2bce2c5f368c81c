package io.evzone.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledPurgeTest {

    private final List<Integer> chunks = new ArrayList<>();

    /** A table with {@code rows} expired rows. */
    private ScheduledPurge.Chunk table(int rows) {
        int[] left = {rows};
        return (retention, limit) -> {
            int deleted = Math.min(left[0], limit);
            left[0] -= deleted;
            chunks.add(deleted);
            return deleted;
        };
    }

    @Test
    void deletesChunksUntilOneComesBackShort() {
        ScheduledPurge purge = new ScheduledPurge("rows", table(7), Duration.ofDays(1), Duration.ofMinutes(10), 3);

        assertThat(purge.purge()).isEqualTo(7);
        assertThat(chunks).containsExactly(3, 3, 1);
    }

    @Test
    void aZeroOrNegativeRetentionKeepsEverythingAndSchedulesNothing() {
        for (Duration retention : List.of(Duration.ZERO, Duration.ofDays(-1))) {
            ScheduledPurge purge = new ScheduledPurge("rows", table(7), retention, Duration.ofMinutes(10), 3);

            purge.start();

            assertThat(purge.isRunning()).isFalse();
            assertThat(purge.purge()).isZero();
        }
        assertThat(chunks).isEmpty();
    }

    @Test
    void aPositiveRetentionIsScheduledUntilStopped() {
        ScheduledPurge purge = new ScheduledPurge("rows", table(0), Duration.ofDays(1), Duration.ofMinutes(10), 3);

        purge.start();
        assertThat(purge.isRunning()).isTrue();
        purge.stop();
        assertThat(purge.isRunning()).isFalse();
    }
}
