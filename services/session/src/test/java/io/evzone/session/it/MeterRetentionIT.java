package io.evzone.session.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.session.metering.application.HourlyRollupPartitions;
import io.evzone.session.metering.application.HourlyRollups;
import io.evzone.session.metering.application.MaintainMeterValuePartitions;
import io.evzone.session.metering.application.MeterValuePartitions;
import io.evzone.session.metering.application.MonthlyPartitions;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Raw meter values expire after 3 months (once rolled up), hourly rollups after 36 (the defaults). */
class MeterRetentionIT extends SessionServiceIT {

    @Autowired
    MeterValuePartitions raw;

    @Autowired
    HourlyRollupPartitions hourly;

    @Autowired
    HourlyRollups rollups;

    @Autowired
    MaintainMeterValuePartitions maintenance;

    private final YearMonth now = YearMonth.now(ZoneOffset.UTC);

    @Test
    void expiredRawMonthsAreDroppedOnlyOnceRolledUpAndRollupsAreKeptLonger() {
        YearMonth rolledUp = now.minusMonths(7);
        YearMonth awaitingLateRollup = now.minusMonths(6);
        YearMonth notRolledUp = now.minusMonths(5);
        YearMonth rollupExpired = now.minusMonths(40);
        YearMonth rollupKept = now.minusMonths(30);
        Instant progress = rollups.rolledUpTo().orElse(null);
        String cp = unique("LATE");
        try {
            List.of(rolledUp, awaitingLateRollup, notRolledUp).forEach(raw::ensure);
            List.of(rollupExpired, rollupKept).forEach(hourly::ensure);
            setProgress(start(notRolledUp));
            jdbc.sql("INSERT INTO meter_rollup_late (hour, charge_point_id) VALUES (:hour, :cp)")
                    .param("hour", Timestamp.from(start(awaitingLateRollup).plusSeconds(3600)))
                    .param("cp", cp)
                    .update();

            maintenance.run();

            assertThat(raw.existing())
                    .doesNotContain(rolledUp)
                    .contains(awaitingLateRollup, notRolledUp, now.minusMonths(1), now);
            assertThat(hourly.existing())
                    .doesNotContain(rollupExpired)
                    .as("rollups back to the oldest raw month, and kept for 36 months")
                    .contains(rollupKept, rolledUp, awaitingLateRollup, notRolledUp, now.minusMonths(1), now);
        } finally {
            jdbc.sql("DELETE FROM meter_rollup_late WHERE charge_point_id = :cp")
                    .param("cp", cp)
                    .update();
            setProgress(progress);
            dropBefore(raw, now.minusMonths(1));
            dropBefore(hourly, now.minusMonths(1));
        }
    }

    private void setProgress(Instant to) {
        jdbc.sql("UPDATE meter_rollup_progress SET rolled_up_to = :to WHERE name = 'hourly'")
                .param("to", to == null ? null : Timestamp.from(to))
                .update();
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void dropBefore(MonthlyPartitions partitions, YearMonth month) {
        partitions.existing().stream().filter(m -> m.isBefore(month)).forEach(partitions::drop);
    }
}
