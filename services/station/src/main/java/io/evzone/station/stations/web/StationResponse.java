package io.evzone.station.stations.web;

import io.evzone.station.shared.domain.Availability;
import io.evzone.station.shared.domain.MinorUnits;
import io.evzone.station.stations.application.StationQueries.StationView;
import io.evzone.station.stations.domain.Equipment.ChargePointSummary;
import io.evzone.station.stations.domain.Equipment.ConnectorSummary;
import io.evzone.station.stations.domain.Station;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A station as the web clients read it (CLIENT-API.md): location, live availability, connectors,
 * charge points. Drivers get the same shape without OCPP identities.
 *
 * @param distanceKm only in nearby results
 */
record StationResponse(
        UUID id,
        String code,
        String name,
        String address,
        String status,
        String type,
        Location location,
        Availability availability,
        List<ConnectorView> connectors,
        List<ChargePointView> chargePoints,
        @Schema(description = StationController.PRICE) BigDecimal price,
        @Schema(description = StationController.BOOKING_FEE) BigDecimal bookingFee,
        String currency,
        List<String> amenities,
        List<String> images,
        String phone,
        boolean open247,
        String timeZone,
        UUID siteId,
        String organizationId,
        Instant createdAt,
        Instant updatedAt,
        Double distanceKm) {

    record Location(double lat, double lng) {}

    /**
     * @param power the connector's maximum power in kW
     * @param status the connector's status as every view shows it ({@code ConnectorState#shownStatus}):
     *     {@code OFFLINE} while the charger is offline, {@code UNKNOWN} before the first report
     */
    record ConnectorView(
            UUID id,
            UUID chargePointId,
            int evseId,
            int connectorId,
            String type,
            String powerType,
            BigDecimal power,
            String status) {}

    /** @param ocppId null in the drivers' view */
    record ChargePointView(UUID id, String ocppId, boolean online, String registrationStatus) {}

    static StationResponse of(StationView view, boolean operator) {
        Station s = view.station();
        List<ChargePointSummary> chargePoints = view.equipment().chargePoints();
        return new StationResponse(
                s.id(),
                s.code(),
                s.name(),
                s.address(),
                s.status().name(),
                s.type().name(),
                new Location(s.coordinates().latitude(), s.coordinates().longitude()),
                view.equipment().availability(),
                chargePoints.stream()
                        .flatMap(cp -> cp.connectors().stream().map(c -> connector(cp, c)))
                        .toList(),
                chargePoints.stream()
                        .map(cp -> new ChargePointView(
                                cp.id(),
                                operator ? cp.ocppId() : null,
                                cp.online(),
                                cp.registration().name()))
                        .toList(),
                MinorUnits.major(s.price(), s.currency()),
                MinorUnits.major(s.bookingFee(), s.currency()),
                s.currency(),
                s.amenities(),
                s.images(),
                s.phone(),
                s.open247(),
                s.timeZone(),
                s.siteId(),
                s.organizationId(),
                s.createdAt(),
                s.updatedAt(),
                view.distanceKm() == null ? null : Math.round(view.distanceKm() * 1000) / 1000.0);
    }

    private static ConnectorView connector(ChargePointSummary cp, ConnectorSummary c) {
        return new ConnectorView(
                c.id(),
                cp.id(),
                c.evseId(),
                c.connectorId(),
                c.type() == null ? null : c.type().label(),
                c.powerType() == null ? null : c.powerType().name(),
                c.maxPowerKw(),
                cp.stateOf(c).shownStatus());
    }
}
