package io.evzone.session.metering.application;

/** Monthly partitions of the hourly rollup table {@code meter_value_hourly}. */
public interface HourlyRollupPartitions extends MonthlyPartitions {}
