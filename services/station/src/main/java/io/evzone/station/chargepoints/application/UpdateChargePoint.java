package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Hardware;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.stations.domain.Station;
import io.evzone.station.stations.domain.Stations;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator describes a charger, or places it at a station (or takes it off one). */
@Service
public class UpdateChargePoint {

    private final ChargePoints chargePoints;
    private final Stations stations;
    private final ChargerEvents events;
    private final Clock clock;

    public UpdateChargePoint(ChargePoints chargePoints, Stations stations, ChargerEvents events, Clock clock) {
        this.chargePoints = chargePoints;
        this.stations = stations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param stationId the station to place it at, or null to leave it where it is
     * @param unassign true to take it off its station
     */
    public record Change(Hardware hardware, OcppVersion ocppVersion, UUID stationId, boolean unassign) {}

    @Transactional
    public ChargePoint handle(UUID id, Change change, OrganizationScope scope) {
        ChargePoint before =
                chargePoints.byId(id, scope).orElseThrow(() -> DomainException.notFound("Charge point", id));
        if (change.unassign() && change.stationId() != null) {
            throw DomainException.invalid("unassign: give either stationId or unassign, not both");
        }
        Instant now = clock.instant();
        ChargePoint after = before.describe(change.hardware(), change.ocppVersion(), now);
        if (change.stationId() != null) {
            Station station = stations.byId(change.stationId(), scope)
                    .orElseThrow(() -> DomainException.invalid(
                            "stationId: no station " + change.stationId() + " in your organization"));
            after = after.assignTo(station.id(), station.organizationId(), now);
        } else if (change.unassign()) {
            after = after.unassign(now);
        }
        chargePoints.update(after);
        if (!Objects.equals(before.organizationId(), after.organizationId())
                || before.ocppVersion() != after.ocppVersion()) {
            events.registered(after, now);
        }
        if (!Objects.equals(before.stationId(), after.stationId())) {
            events.stationChanged(before, after, now);
        }
        return after;
    }
}
