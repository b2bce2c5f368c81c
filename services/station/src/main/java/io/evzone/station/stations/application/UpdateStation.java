package io.evzone.station.stations.application;

import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.sites.domain.Sites;
import io.evzone.station.stations.domain.Station;
import io.evzone.station.stations.domain.StationDetails;
import io.evzone.station.stations.domain.Stations;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator changes a station's details or status. */
@Service
public class UpdateStation {

    private final Stations stations;
    private final SiteCheck sites;
    private final StationEvents events;
    private final Clock clock;

    public UpdateStation(Stations stations, Sites sites, StationEvents events, Clock clock) {
        this.stations = stations;
        this.sites = new SiteCheck(sites);
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Station handle(UUID id, StationDetails changes, OrganizationScope scope) {
        Station station = stations.byId(id, scope).orElseThrow(() -> DomainException.notFound("Station", id));
        Station changed = station.change(changes, clock.instant());
        if (changes.siteId() != null) {
            sites.requireIn(changed.siteId(), changed.organizationId());
        }
        stations.update(changed);
        events.updated(changed);
        return changed;
    }
}
