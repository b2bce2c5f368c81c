package io.evzone.session.metering.application;

import java.time.YearMonth;
import java.util.List;

/** Monthly (UTC) partitions of a table range-partitioned by time. */
public interface MonthlyPartitions {

    /** Creates the month's partition unless it exists, moving any of its rows out of the default partition. */
    boolean ensure(YearMonth month);

    /** The months that have a partition, oldest first. */
    List<YearMonth> existing();

    /** Detaches and drops the month's partition. */
    void drop(YearMonth month);
}
