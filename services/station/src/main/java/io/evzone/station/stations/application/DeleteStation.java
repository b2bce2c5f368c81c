package io.evzone.station.stations.application;

import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.stations.domain.Station;
import io.evzone.station.stations.domain.Stations;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator removes a station that has no charge points any more. */
@Service
public class DeleteStation {

    private final Stations stations;
    private final StationEvents events;
    private final Clock clock;

    public DeleteStation(Stations stations, StationEvents events, Clock clock) {
        this.stations = stations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(UUID id, OrganizationScope scope) {
        Station station = stations.byId(id, scope).orElseThrow(() -> DomainException.notFound("Station", id));
        stations.delete(station);
        events.deleted(station, clock.instant());
    }
}
