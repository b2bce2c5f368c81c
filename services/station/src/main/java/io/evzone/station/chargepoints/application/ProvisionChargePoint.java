package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.chargepoints.domain.Connectors;
import io.evzone.station.chargepoints.domain.Credentials;
import io.evzone.station.chargepoints.domain.Hardware;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.stations.domain.Station;
import io.evzone.station.stations.domain.Stations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator registers a charger before it connects, and gets its one-time OCPP credentials. */
@Service
public class ProvisionChargePoint {

    private static final Logger log = LoggerFactory.getLogger(ProvisionChargePoint.class);

    private final ChargePoints chargePoints;
    private final Connectors connectors;
    private final Stations stations;
    private final ChargerEvents events;
    private final ChargerProperties properties;
    private final Clock clock;

    public ProvisionChargePoint(
            ChargePoints chargePoints,
            Connectors connectors,
            Stations stations,
            ChargerEvents events,
            ChargerProperties properties,
            Clock clock) {
        this.chargePoints = chargePoints;
        this.connectors = connectors;
        this.stations = stations;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param stationId null: unassigned, in the caller's organization (or {@code organizationId} for administrators)
     * @param authProfile OCPP security profile 1, 2 or 3; null: {@code evzone.station.default-auth-profile}
     */
    public record Provisioning(
            String ocppId,
            UUID stationId,
            String organizationId,
            Hardware hardware,
            OcppVersion ocppVersion,
            Integer authProfile,
            List<ConnectorPlan> connectors,
            OrganizationScope scope) {}

    public record Provisioned(ChargePoint chargePoint, List<Connector> connectors, Credentials.Issued credentials) {}

    @Transactional
    public Provisioned handle(Provisioning request) {
        Instant now = clock.instant();
        String ocppId = ChargePoint.requireOcppId(request.ocppId());
        OcppVersion version = request.ocppVersion() == null ? OcppVersion.V16 : request.ocppVersion();
        Credentials.Issued issued = Credentials.issue(
                request.authProfile() == null ? properties.defaultAuthProfile() : request.authProfile());
        String organization = request.stationId() == null
                ? request.scope().owner(request.organizationId())
                : station(request.stationId(), request.scope()).organizationId();
        ChargePoint chargePoint = ChargePoint.provisionedByOperator(
                UUID.randomUUID(),
                ocppId,
                organization,
                request.stationId(),
                request.hardware(),
                version,
                issued.credentials(),
                now);
        chargePoints.add(chargePoint);
        List<Connector> declared = declare(chargePoint, version, request.connectors(), now);
        declared.forEach(connectors::add);
        events.provisioned(chargePoint);
        events.registered(chargePoint, now);
        log.info(
                "Provisioned charger {} ({} {}) for organization {}",
                ocppId,
                chargePoint.hardware().vendor(),
                chargePoint.hardware().model(),
                organization);
        return new Provisioned(chargePoint, declared, issued);
    }

    private Station station(UUID stationId, OrganizationScope scope) {
        return stations.byId(stationId, scope)
                .orElseThrow(
                        () -> DomainException.invalid("stationId: no station " + stationId + " in your organization"));
    }

    private static List<Connector> declare(
            ChargePoint chargePoint, OcppVersion version, List<ConnectorPlan> plans, Instant now) {
        List<Connector> declared = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int position = 0;
        for (ConnectorPlan plan : plans == null ? List.<ConnectorPlan>of() : plans) {
            position++;
            int evse = plan.evseId() == null ? position : plan.evseId();
            int number = plan.connectorId() != null ? plan.connectorId() : version == OcppVersion.V16 ? evse : 1;
            if (!numbers.add(evse + "/" + number)) {
                throw DomainException.invalid(
                        "connectors: EVSE " + evse + " connector " + number + " is declared twice");
            }
            declared.add(Connector.declared(
                    UUID.randomUUID(),
                    chargePoint.id(),
                    evse,
                    number,
                    plan.type(),
                    plan.powerType(),
                    plan.maxPowerKw(),
                    now));
        }
        return declared;
    }
}
