package io.evzone.session.metering.persistence;

import io.evzone.session.metering.application.MeterValuePartitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Monthly partitions {@code meter_value_yYYYYmMM} of the raw meter values, on {@code sampled_at}. */
@Repository
class JdbcMeterValuePartitions extends JdbcMonthlyPartitions implements MeterValuePartitions {

    JdbcMeterValuePartitions(JdbcClient jdbc, TransactionTemplate transactions) {
        super(jdbc, transactions, "meter_value", "sampled_at");
    }
}
