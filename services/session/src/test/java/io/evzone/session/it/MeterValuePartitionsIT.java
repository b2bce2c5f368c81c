package io.evzone.session.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.session.metering.application.MeterValuePartitions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeterValuePartitionsIT extends SessionServiceIT {

    @Autowired
    MeterValuePartitions partitions;

    @Test
    void monthlyPartitionsExistAheadAtStartup() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);

        assertThat(partitions.existing()).contains(now.minusMonths(1), now, now.plusMonths(1), now.plusMonths(3));
    }

    @Test
    void aSampleFromAMonthWithoutPartitionWaitsInTheDefaultPartitionAndMovesWhenItsMonthIsCreated() {
        String cp = unique("CLOCK");
        YearMonth far = YearMonth.now(ZoneOffset.UTC).plusYears(5);
        Instant at = far.atDay(10).atStartOfDay(ZoneOffset.UTC).toInstant();

        report(new MeterValuesReported(
                cp, 1, 1, null, List.of(new MeterSample(at, new BigDecimal("42"), null, null, "Wh", null, null))));
        await().atMost(WAIT).until(() -> count("meter_value_default", cp) == 1);

        assertThat(partitions.ensure(far)).isTrue();

        assertThat(count("meter_value_default", cp)).isZero();
        assertThat(count("meter_value_y%04dm%02d".formatted(far.getYear(), far.getMonthValue()), cp))
                .isEqualTo(1);
        partitions.drop(far);
    }

    private int count(String table, String cp) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE charge_point_id = :cp")
                .param("cp", cp)
                .query(Integer.class)
                .single();
    }
}
