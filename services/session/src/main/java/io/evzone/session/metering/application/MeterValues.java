package io.evzone.session.metering.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Storage of sampled meter values: append-mostly, partitioned by time. */
public interface MeterValues {

    /**
     * Stores the rows in as few statements as possible; a sample stored before is skipped. Samples
     * of an hour that has ended mark that charge point hour for the rollup to recompute.
     *
     * @param receivedAt the time for samples without their own
     * @return how many rows were new
     */
    int store(List<MeterRow> rows, Instant receivedAt);

    /**
     * Per measurand, phase and unit: count, range and latest value of a session's samples between
     * {@code from} and {@code to} (the bounds let PostgreSQL skip other months' partitions). When
     * the raw values have expired, the same figures from the hourly rollup.
     */
    List<MeasurandSummary> summaryOf(UUID sessionId, Instant from, Instant to);

    record MeasurandSummary(
            String measurand,
            String phase,
            String unit,
            long count,
            Double min,
            Double max,
            Double latest,
            Instant firstAt,
            Instant latestAt) {}
}
