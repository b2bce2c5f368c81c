package io.evzone.station.reports.domain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Repository port of chargers' report histories. */
public interface ChargerReports {

    /** Adds the report, then drops the charger's oldest of its kind beyond {@code keep}. */
    void add(ChargerReport report, int keep);

    /** Newest first. */
    List<ChargerReport> of(UUID chargePointId, ReportKind kind, int limit, int offset);

    /** @return how many reports older than {@code retention} were deleted, at most {@code limit} */
    int deleteOlderThan(Duration retention, int limit);
}
