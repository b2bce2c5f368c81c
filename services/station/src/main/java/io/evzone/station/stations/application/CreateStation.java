package io.evzone.station.stations.application;

import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.sites.domain.Sites;
import io.evzone.station.stations.domain.Station;
import io.evzone.station.stations.domain.StationDetails;
import io.evzone.station.stations.domain.Stations;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator adds a station to their organization, optionally on one of its sites. */
@Service
public class CreateStation {

    private final Stations stations;
    private final SiteCheck sites;
    private final StationEvents events;
    private final Clock clock;

    public CreateStation(Stations stations, Sites sites, StationEvents events, Clock clock) {
        this.stations = stations;
        this.sites = new SiteCheck(sites);
        this.events = events;
        this.clock = clock;
    }

    /** @param organizationId for platform administrators: the organization that owns the station */
    public record Creation(StationDetails details, String organizationId, OrganizationScope scope) {}

    @Transactional
    public Station handle(Creation creation) {
        String owner = creation.scope().owner(creation.organizationId());
        Station station = Station.create(UUID.randomUUID(), owner, creation.details(), clock.instant());
        sites.requireIn(station.siteId(), owner);
        stations.add(station);
        events.created(station);
        return station;
    }
}
