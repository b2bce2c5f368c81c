package io.evzone.station.stations.application;

import io.evzone.station.shared.domain.Coordinates;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.stations.domain.Equipment;
import io.evzone.station.stations.domain.Station;
import io.evzone.station.stations.domain.StationAudience;
import io.evzone.station.stations.domain.StationSearch;
import io.evzone.station.stations.domain.StationStats;
import io.evzone.station.stations.domain.Stations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading stations with their live equipment, as the audience may see them. */
@Service
@Transactional(readOnly = true)
public class StationQueries {

    /** Nearby searches look at most this far (km). */
    public static final double MAX_RADIUS_KM = 500;

    private final Stations stations;

    public StationQueries(Stations stations) {
        this.stations = stations;
    }

    /** A station with its equipment, and its distance from a search centre when there was one. */
    public record StationView(Station station, Equipment equipment, Double distanceKm) {}

    public List<StationView> search(StationSearch search) {
        return withEquipment(stations.search(search).stream()
                .map(s -> new Stations.Located(s, Double.NaN))
                .toList());
    }

    public List<StationView> nearby(StationAudience audience, Coordinates center, Double radiusKm, int limit) {
        double radius = radiusKm == null ? 10 : radiusKm;
        if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
            throw DomainException.invalid("radius: must be more than 0 and at most " + (int) MAX_RADIUS_KM + " km");
        }
        return withEquipment(stations.nearby(audience, center, radius, limit));
    }

    public StationView get(UUID id, StationAudience audience) {
        Station station =
                stations.byId(id).filter(audience::canSee).orElseThrow(() -> DomainException.notFound("Station", id));
        return withEquipment(List.of(new Stations.Located(station, Double.NaN))).getFirst();
    }

    public StationStats stats(UUID id, OrganizationScope scope) {
        Station station = stations.byId(id, scope).orElseThrow(() -> DomainException.notFound("Station", id));
        return stations.stats(station.id());
    }

    private List<StationView> withEquipment(List<Stations.Located> found) {
        Map<UUID, Equipment> equipment =
                stations.equipment(found.stream().map(l -> l.station().id()).toList());
        return found.stream()
                .map(l -> new StationView(
                        l.station(),
                        equipment.getOrDefault(l.station().id(), Equipment.NONE),
                        Double.isNaN(l.distanceKm()) ? null : l.distanceKm()))
                .toList();
    }
}
