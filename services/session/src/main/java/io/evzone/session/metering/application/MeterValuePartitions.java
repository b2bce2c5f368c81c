package io.evzone.session.metering.application;

/** Monthly partitions of the raw meter value table {@code meter_value}. */
public interface MeterValuePartitions extends MonthlyPartitions {}
