package io.evzone.station.chargepoints.application;

import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePointFilter;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.chargepoints.domain.Connectors;
import io.evzone.station.chargepoints.domain.StatusHistoryEntry;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading charge points with their connectors, within the caller's organization scope. */
@Service
@Transactional(readOnly = true)
public class ChargePointQueries {

    private final ChargePoints chargePoints;
    private final Connectors connectors;

    public ChargePointQueries(ChargePoints chargePoints, Connectors connectors) {
        this.chargePoints = chargePoints;
        this.connectors = connectors;
    }

    public record ChargePointView(ChargePoint chargePoint, List<Connector> connectors) {}

    public ChargePointView get(UUID id, OrganizationScope scope) {
        return view(find(id, scope));
    }

    public ChargePointView byOcppId(String ocppId, OrganizationScope scope) {
        return view(chargePoints
                .byOcppId(ocppId, scope)
                .orElseThrow(() -> DomainException.notFound("Charge point", ocppId)));
    }

    public List<ChargePointView> list(ChargePointFilter filter) {
        List<ChargePoint> page = chargePoints.list(filter);
        Map<UUID, List<Connector>> byChargePoint =
                connectors.of(page.stream().map(ChargePoint::id).toList());
        return page.stream()
                .map(cp -> new ChargePointView(cp, byChargePoint.getOrDefault(cp.id(), List.of())))
                .toList();
    }

    public List<StatusHistoryEntry> history(UUID id, UUID connectorId, OrganizationScope scope, int limit, int offset) {
        ChargePoint chargePoint = find(id, scope);
        Connector connector = connectors
                .byId(chargePoint.id(), connectorId)
                .orElseThrow(() -> DomainException.notFound("Connector", connectorId));
        return connectors.history(connector.id(), limit, offset);
    }

    private ChargePoint find(UUID id, OrganizationScope scope) {
        return chargePoints.byId(id, scope).orElseThrow(() -> DomainException.notFound("Charge point", id));
    }

    private ChargePointView view(ChargePoint chargePoint) {
        return new ChargePointView(chargePoint, connectors.of(chargePoint.id()));
    }
}
