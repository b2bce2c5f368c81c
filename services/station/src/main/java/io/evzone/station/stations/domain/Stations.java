package io.evzone.station.stations.domain;

import io.evzone.station.shared.domain.Coordinates;
import io.evzone.station.shared.domain.OrganizationScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Repository port of stations and of the live equipment shown with them. */
public interface Stations {

    Optional<Station> byId(UUID id, OrganizationScope scope);

    /** Any station, whoever owns it: for the public view and for rules that check ownership themselves. */
    Optional<Station> byId(UUID id);

    /** Oldest first, then by id. */
    List<Station> search(StationSearch search);

    /** Visible stations within {@code radiusKm} of {@code center}, nearest first. */
    List<Located> nearby(StationAudience audience, Coordinates center, double radiusKm, int limit);

    /** @throws io.evzone.station.shared.domain.DomainException a conflict when the code is taken in the organization */
    void add(Station station);

    void update(Station station);

    /** @throws io.evzone.station.shared.domain.DomainException a conflict while charge points are attached */
    void delete(Station station);

    Map<UUID, Equipment> equipment(Collection<UUID> stationIds);

    StationStats stats(UUID stationId);

    record Located(Station station, double distanceKm) {}
}
