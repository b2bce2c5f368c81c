package io.evzone.station.stations.application;

import io.evzone.contracts.Topics;
import io.evzone.contracts.station.StationCreated;
import io.evzone.contracts.station.StationDeleted;
import io.evzone.contracts.station.StationUpdated;
import io.evzone.platform.outbox.Outbox;
import io.evzone.station.stations.domain.Station;
import org.springframework.stereotype.Component;

/**
 * Station events on {@code station.events.v1}, keyed by the station id, through the outbox: call
 * inside the transaction that made the change.
 */
@Component
public class StationEvents {

    private final Outbox outbox;

    public StationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Station s) {
        outbox.append(
                Topics.STATION_EVENTS,
                s.id().toString(),
                new StationCreated(
                        s.id().toString(),
                        s.organizationId(),
                        siteId(s),
                        s.code(),
                        s.name(),
                        s.status().name(),
                        s.type().name(),
                        s.coordinates().latitude(),
                        s.coordinates().longitude(),
                        s.updatedAt(),
                        s.timeZone()));
    }

    public void updated(Station s) {
        outbox.append(
                Topics.STATION_EVENTS,
                s.id().toString(),
                new StationUpdated(
                        s.id().toString(),
                        s.organizationId(),
                        siteId(s),
                        s.code(),
                        s.name(),
                        s.status().name(),
                        s.type().name(),
                        s.coordinates().latitude(),
                        s.coordinates().longitude(),
                        s.updatedAt(),
                        s.timeZone()));
    }

    public void deleted(Station s, java.time.Instant at) {
        outbox.append(
                Topics.STATION_EVENTS,
                s.id().toString(),
                new StationDeleted(s.id().toString(), s.organizationId(), s.code(), at));
    }

    private static String siteId(Station s) {
        return s.siteId() == null ? null : s.siteId().toString();
    }
}
