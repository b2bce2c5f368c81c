package io.evzone.session.charging.application;

import io.evzone.session.charging.domain.ChargingSession;
import io.evzone.session.charging.domain.ChargingSessions;
import io.evzone.session.charging.domain.ChargingSessions.TransactionKey;
import io.evzone.session.charging.domain.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sessions touched by one batch of charger events: each loaded once, changed in memory as the
 * events are applied in order, and saved (with their events) once at the end.
 */
final class SessionUnitOfWork {

    private final ChargingSessions sessions;
    private final Map<UUID, ChargingSession> touched = new LinkedHashMap<>();
    /**
     * The touched sessions per charger, so a lookup looks at that charger's one or two sessions rather
     * than at the whole batch (a batch of meter values from many chargers was quadratic).
     */
    private final Map<String, List<ChargingSession>> touchedByCharger = new HashMap<>();

    /** Transactions already asked of the database: one that was not found there is not asked again. */
    private final Set<TransactionKey> lookedUp = new HashSet<>();

    SessionUnitOfWork(ChargingSessions sessions) {
        this.sessions = sessions;
    }

    /** Loads the sessions of a batch's transactions at once, instead of one query per event. */
    void prefetch(Collection<TransactionKey> keys) {
        List<TransactionKey> unknown = keys.stream().filter(lookedUp::add).toList();
        sessions.byTransactions(unknown).forEach(this::track);
    }

    Optional<ChargingSession> byTransaction(String chargePointId, String transactionId) {
        for (ChargingSession s : touchedOn(chargePointId)) {
            if (s.state().transactionId().equals(transactionId)) {
                return Optional.of(s);
            }
        }
        if (!lookedUp.add(new TransactionKey(chargePointId, transactionId))) {
            return Optional.empty();
        }
        return sessions.byTransaction(chargePointId, transactionId).map(this::track);
    }

    Optional<ChargingSession> byStartKey(String chargePointId, String startKey) {
        for (ChargingSession s : touchedOn(chargePointId)) {
            if (startKey.equals(s.state().startKey())) {
                return Optional.of(s);
            }
        }
        return sessions.byStartKey(chargePointId, startKey).map(this::track);
    }

    Optional<ChargingSession> activeOn(String chargePointId, int evseId) {
        for (ChargingSession s : touchedOn(chargePointId)) {
            if (s.status() == SessionStatus.ACTIVE && s.state().evseId() == evseId) {
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
        for (ChargingSession s : touchedOn(chargePointId)) {
            if (s.status() == SessionStatus.ACTIVE) {
                active.add(s);
            }
        }
        return active;
    }

    ChargingSession add(ChargingSession session) {
        return track(session);
    }

    /** Saves every touched session, publishing its events first. */
    void commit(SessionEventPublisher publisher, Instant now) {
        for (ChargingSession session : touched.values()) {
            publisher.publish(session, now);
        }
        sessions.saveAll(touched.values(), now);
    }

    private ChargingSession track(ChargingSession loaded) {
        ChargingSession known = touched.putIfAbsent(loaded.id(), loaded);
        if (known != null) {
            return known;
        }
        touchedByCharger
                .computeIfAbsent(loaded.state().chargePointId(), id -> new ArrayList<>(2))
                .add(loaded);
        return loaded;
    }

    private List<ChargingSession> touchedOn(String chargePointId) {
        return touchedByCharger.getOrDefault(chargePointId, List.of());
    }
}
