package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.ChargerIdentity;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.chargepoints.domain.Connectors;
import io.evzone.station.chargepoints.domain.UnknownChargerPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The charge points a batch of charger activity concerns, with their connectors: locked and read with one
 * statement each when the batch opens, changed in memory while its events are applied in order, and written
 * back with one JDBC batch per kind of change when it closes. A 5,000-charger boot storm otherwise costs some
 * twenty statements per charger. Lives inside the caller's transaction; the unknown-charger policy is read at
 * most once per batch. Chargers are held by folded OCPP identity: a charger's events name it as it connected.
 */
public final class ChargerWork {

    private final ChargePoints chargePoints;
    private final Connectors connectors;
    private final Supplier<UnknownChargerPolicy> policySource;
    private final Map<String, ChargePoint> byOcppId;
    private final Map<UUID, List<Connector>> connectorsOf = new HashMap<>();
    private final Map<UUID, ChargePoint> added = new LinkedHashMap<>();
    private final Map<UUID, ChargePoint> changed = new LinkedHashMap<>();
    private final Map<UUID, Connector> addedConnectors = new LinkedHashMap<>();
    private final Map<UUID, Connector> changedConnectors = new LinkedHashMap<>();
    private final List<Connectors.ReportedStatus> history = new ArrayList<>();
    private UnknownChargerPolicy policy;

    ChargerWork(
            ChargePoints chargePoints,
            Connectors connectors,
            Supplier<UnknownChargerPolicy> policySource,
            Collection<String> ocppIds) {
        this.chargePoints = chargePoints;
        this.connectors = connectors;
        this.policySource = policySource;
        this.byOcppId = new HashMap<>(chargePoints.lockByOcppIds(ocppIds));
        connectors
                .of(byOcppId.values().stream().map(ChargePoint::id).toList())
                .forEach((chargePointId, list) -> connectorsOf.put(chargePointId, new ArrayList<>(list)));
    }

    Optional<ChargePoint> chargePoint(String ocppId) {
        return Optional.ofNullable(byOcppId.get(ChargerIdentity.fold(ocppId)));
    }

    UnknownChargerPolicy unknownChargerPolicy() {
        if (policy == null) {
            policy = policySource.get();
        }
        return policy;
    }

    void add(ChargePoint created) {
        byOcppId.put(ChargerIdentity.fold(created.ocppId()), created);
        added.put(created.id(), created);
    }

    void update(ChargePoint chargePoint) {
        byOcppId.put(ChargerIdentity.fold(chargePoint.ocppId()), chargePoint);
        (added.containsKey(chargePoint.id()) ? added : changed).put(chargePoint.id(), chargePoint);
    }

    Optional<Connector> connector(UUID chargePointId, int evseId, int connectorId) {
        return connectorsOf(chargePointId).stream()
                .filter(c -> c.evseId() == evseId && c.connectorId() == connectorId)
                .findFirst();
    }

    void add(Connector discovered) {
        connectorsOf(discovered.chargePointId()).add(discovered);
        addedConnectors.put(discovered.id(), discovered);
    }

    void update(Connector connector) {
        connectorsOf(connector.chargePointId()).replaceAll(c -> c.id().equals(connector.id()) ? connector : c);
        (addedConnectors.containsKey(connector.id()) ? addedConnectors : changedConnectors)
                .put(connector.id(), connector);
    }

    void recordHistory(UUID connectorId, Connector.StatusReport report) {
        history.add(new Connectors.ReportedStatus(connectorId, report));
    }

    /** Writes what changed, new rows before the rows that refer to them. */
    void close() {
        chargePoints.addAll(added.values());
        connectors.addAll(addedConnectors.values());
        connectors.updateAll(changedConnectors.values());
        connectors.recordHistory(history);
        chargePoints.updateAll(changed.values());
    }

    private List<Connector> connectorsOf(UUID chargePointId) {
        return connectorsOf.computeIfAbsent(chargePointId, id -> new ArrayList<>());
    }
}
