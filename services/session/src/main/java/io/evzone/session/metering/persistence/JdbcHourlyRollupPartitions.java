package io.evzone.session.metering.persistence;

import io.evzone.session.metering.application.HourlyRollupPartitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Monthly partitions {@code meter_value_hourly_yYYYYmMM} of the hourly rollups, on {@code hour}. */
@Repository
class JdbcHourlyRollupPartitions extends JdbcMonthlyPartitions implements HourlyRollupPartitions {

    JdbcHourlyRollupPartitions(JdbcClient jdbc, TransactionTemplate transactions) {
        super(jdbc, transactions, "meter_value_hourly", "hour");
    }
}
