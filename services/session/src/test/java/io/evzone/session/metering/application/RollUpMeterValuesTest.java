package io.evzone.session.metering.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.session.config.SessionProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollUpMeterValuesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:10:00Z");

    private final FakeRollups rollups = new FakeRollups();
    private final Partitions raw = new Partitions(YearMonth.of(2025, 12), YearMonth.of(2026, 1));
    private final Partitions hourly = new Partitions(YearMonth.of(2026, 1));
    private final RollUpMeterValues rollUp = new RollUpMeterValues(
            rollups,
            raw,
            hourly,
            new SessionProperties(null, null, null, null, null, null, null, Duration.ofMinutes(15), null, null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void rollsUpEveryHourThatEndedAtLeastTheDelayAgoStartingAtTheOldestMonthBothTablesHave() {
        int rolled = rollUp.run();

        assertThat(rollups.closedBefore).isEqualTo(Instant.parse("2026-03-10T11:00:00Z"));
        assertThat(rollups.start).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(rollups.lateHorizon).isEqualTo(rollups.start);
        assertThat(rolled).isEqualTo(3);
    }

    @Test
    void takesLateHoursInBatchesUntilABatchIsNotFull() {
        rollups.lateBatches.addAll(List.of(RollUpMeterValues.LATE_BATCH, RollUpMeterValues.LATE_BATCH, 7));

        assertThat(rollUp.run()).isEqualTo(2 * RollUpMeterValues.LATE_BATCH + 7 + 3);
        assertThat(rollups.lateBatches).isEmpty();
    }

    @Test
    void leavesTheWorkToTheNodeHoldingTheLock() {
        rollups.busy = true;

        assertThat(rollUp.run()).isZero();
        assertThat(rollups.steps).isEqualTo(1);
    }

    private static final class FakeRollups implements HourlyRollups {
        final List<Integer> lateBatches = new ArrayList<>();
        boolean busy;
        int steps;
        Instant closedBefore;
        Instant start;
        Instant lateHorizon;

        @Override
        public Optional<Instant> rolledUpTo() {
            return Optional.empty();
        }

        @Override
        public Step rollUpNextHour(Instant closedBefore, Instant start) {
            this.closedBefore = closedBefore;
            this.start = start;
            steps++;
            return busy ? Step.BUSY : steps <= 3 ? Step.ROLLED_UP : Step.UP_TO_DATE;
        }

        @Override
        public int rollUpLate(Instant horizon, int limit) {
            lateHorizon = horizon;
            return busy ? -1 : lateBatches.isEmpty() ? 0 : lateBatches.removeFirst();
        }

        @Override
        public boolean whenRolledUp(YearMonth month, Runnable action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<HourlyMeterValue> series(HourlySeriesQuery query) {
            throw new UnsupportedOperationException();
        }
    }

    private record Partitions(List<YearMonth> months) implements MeterValuePartitions, HourlyRollupPartitions {

        Partitions(YearMonth... months) {
            this(List.of(months));
        }

        @Override
        public boolean ensure(YearMonth month) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<YearMonth> existing() {
            return months;
        }

        @Override
        public void drop(YearMonth month) {
            throw new UnsupportedOperationException();
        }
    }
}
