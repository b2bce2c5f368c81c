package io.evzone.session.charging.application;

import io.evzone.contracts.Topics;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.contracts.session.SessionUpdated;
import io.evzone.platform.outbox.Outbox;
import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.chargers.application.KnownCharger;
import io.evzone.session.charging.domain.ChargingSession;
import io.evzone.session.charging.domain.SessionEvent;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.config.SessionProperties;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to a session into events on {@code session.events.v1}, through the outbox
 * (in the transaction that saves the session). Progress is throttled to one SessionUpdated per
 * {@code evzone.session.update-interval}.
 */
@Component
public class SessionEventPublisher {

    private final Outbox outbox;
    private final SessionProperties properties;
    private final Chargers chargers;

    public SessionEventPublisher(Outbox outbox, SessionProperties properties, Chargers chargers) {
        this.outbox = outbox;
        this.properties = properties;
        this.chargers = chargers;
    }

    /** Publishes the session's pending events; call before saving it (it may note a published update). */
    public void publish(ChargingSession session, Instant now) {
        List<SessionEvent> events = session.pullEvents();
        boolean metered = false;
        for (SessionEvent event : events) {
            switch (event) {
                case SessionEvent.Started started ->
                    append(session.state(), started(session.state(), registryId(session.state())));
                case SessionEvent.Stopped stopped ->
                    append(session.state(), stopped(session.state(), registryId(session.state()), stopped));
                case SessionEvent.Metered ignored -> metered = true;
            }
        }
        if (metered && session.updateDue(now, properties.updateInterval())) {
            SessionState s = session.state();
            append(
                    s,
                    new SessionUpdated(
                            s.id().toString(),
                            registryId(s),
                            s.chargePointId(),
                            s.organizationId(),
                            s.userId(),
                            s.energyWh(),
                            s.currentPowerW(),
                            s.readings().lastRegisterAt() == null
                                    ? now
                                    : s.readings().lastRegisterAt()));
            session.updatePublished(now);
        }
    }

    private void append(SessionState s, Object event) {
        outbox.append(Topics.SESSION_EVENTS, s.chargePointId(), event);
    }

    /** The station service's id of the session's charge point, or null while not learned. */
    private String registryId(SessionState s) {
        return chargers.find(s.chargePointId()).map(KnownCharger::registryId).orElse(null);
    }

    private static SessionStarted started(SessionState s, String chargePointId) {
        return new SessionStarted(
                s.id().toString(),
                chargePointId,
                s.chargePointId(),
                s.evseId(),
                s.connectorId(),
                s.transactionId(),
                s.organizationId(),
                s.stationId(),
                s.idTag(),
                s.userId(),
                s.startedAt(),
                s.meterStartWh(),
                s.ocppVersion().label());
    }

    private static SessionStopped stopped(SessionState s, String chargePointId, SessionEvent.Stopped stopped) {
        return new SessionStopped(
                s.id().toString(),
                chargePointId,
                s.chargePointId(),
                s.evseId(),
                s.connectorId(),
                s.transactionId(),
                s.organizationId(),
                s.stationId(),
                s.idTag(),
                s.userId(),
                s.status().name(),
                s.startedAt(),
                s.stoppedAt(),
                s.meterStartWh(),
                s.meterStopWh(),
                s.energyWh(),
                s.stopReason(),
                stopped.correction());
    }
}
