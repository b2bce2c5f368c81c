package io.evzone.session.metering.application;

import java.time.YearMonth;
import java.util.List;

/** Monthly partitions of the meter value table. */
public interface MeterValuePartitions {

    /** Creates the month's partition unless it exists, moving any of its rows out of the default partition. */
    boolean ensure(YearMonth month);

    /** The months that have a partition. */
    List<YearMonth> existing();

    /** Detaches and drops the month's partition. */
    void drop(YearMonth month);
}
