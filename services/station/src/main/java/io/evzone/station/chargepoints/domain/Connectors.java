package io.evzone.station.chargepoints.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Repository port of connectors (with their EVSEs) and their status history. */
public interface Connectors {

    /** By EVSE, then connector number. */
    List<Connector> of(UUID chargePointId);

    /** The connectors of several charge points, each list by EVSE, then connector number. */
    Map<UUID, List<Connector>> of(Collection<UUID> chargePointIds);

    Optional<Connector> byId(UUID chargePointId, UUID connectorId);

    Optional<Connector> byNumber(UUID chargePointId, int evseId, int connectorId);

    /** Adds the connector, and its EVSE if the charge point has none with that number yet. */
    void add(Connector connector);

    /** Like {@link #add}, in one batch. */
    void addAll(Collection<Connector> connectors);

    void update(Connector connector);

    void updateAll(Collection<Connector> connectors);

    void recordHistory(UUID connectorId, Connector.StatusReport report);

    void recordHistory(Collection<ReportedStatus> reports);

    /** A status report for a connector's history. */
    record ReportedStatus(UUID connectorId, Connector.StatusReport report) {}

    /** Newest first. */
    List<StatusHistoryEntry> history(UUID connectorId, int limit, int offset);

    /**
     * Deletes at most {@code limit} history entries recorded more than {@code retention} ago, never a
     * connector's newest entry: its latest status survives however old it is.
     *
     * @return how many entries were deleted
     */
    int deleteHistoryOlderThan(Duration retention, int limit);
}
