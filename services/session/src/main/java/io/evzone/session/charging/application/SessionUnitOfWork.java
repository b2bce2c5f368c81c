package io.evzone.session.charging.application;

import io.evzone.session.charging.domain.ChargingSession;
import io.evzone.session.charging.domain.ChargingSessions;
import io.evzone.session.charging.domain.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sessions touched by one batch of charger events: each loaded once, changed in memory as the
 * events are applied in order, and saved (with their events) once at the end.
 */
final class SessionUnitOfWork {

    private final ChargingSessions sessions;
    private final Map<UUID, ChargingSession> touched = new LinkedHashMap<>();
    /** What the database said about an EVSE's active session, asked once per batch. */
    private final Map<String, Optional<ChargingSession>> activeLookups = new java.util.HashMap<>();

    SessionUnitOfWork(ChargingSessions sessions) {
        this.sessions = sessions;
    }

    Optional<ChargingSession> byTransaction(String chargePointId, String transactionId) {
        for (ChargingSession s : touched.values()) {
            var st = s.state();
            if (st.chargePointId().equals(chargePointId) && st.transactionId().equals(transactionId)) {
                return Optional.of(s);
            }
        }
        return sessions.byTransaction(chargePointId, transactionId).map(this::track);
    }

    Optional<ChargingSession> byStartKey(String chargePointId, String startKey) {
        for (ChargingSession s : touched.values()) {
            var st = s.state();
            if (st.chargePointId().equals(chargePointId) && startKey.equals(st.startKey())) {
                return Optional.of(s);
            }
        }
        return sessions.byStartKey(chargePointId, startKey).map(this::track);
    }

    Optional<ChargingSession> activeOn(String chargePointId, int evseId) {
        for (ChargingSession s : touched.values()) {
            var st = s.state();
            if (st.chargePointId().equals(chargePointId)
                    && st.evseId() == evseId
                    && s.status() == SessionStatus.ACTIVE) {
                return Optional.of(s);
            }
        }
        return sessions.activeOn(chargePointId, evseId)
                .map(this::track)
                .filter(s -> s.status() == SessionStatus.ACTIVE);
    }

    List<ChargingSession> activeOnCharger(String chargePointId) {
        List<ChargingSession> active = new ArrayList<>();
        sessions.activeOnCharger(chargePointId).forEach(this::track);
        for (ChargingSession s : touched.values()) {
            if (s.state().chargePointId().equals(chargePointId) && s.status() == SessionStatus.ACTIVE) {
                active.add(s);
            }
        }
        return active;
    }

    ChargingSession add(ChargingSession session) {
        touched.put(session.id(), session);
        return session;
    }

    /** Saves every touched session, publishing its events first. */
    void commit(SessionEventPublisher publisher, Instant now) {
        for (ChargingSession session : touched.values()) {
            publisher.publish(session, now);
            sessions.save(session, now);
        }
    }

    private ChargingSession track(ChargingSession loaded) {
        return touched.computeIfAbsent(loaded.id(), id -> loaded);
    }
}
