package io.evzone.billing.pricing.application;

import io.evzone.billing.pricing.domain.PricedSession;
import io.evzone.billing.pricing.domain.PricedSessions;
import io.evzone.billing.tariffs.domain.MeterSample;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionCostUpdated;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.contracts.session.SessionUpdated;
import io.evzone.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one session event: merges what it says into the session, keeps its reading, prices the
 * session once it stopped (again when a later fact changes the price) and publishes the running
 * cost of an active session after each progress update (and sends it to chargers that show it).
 */
@Service
public class RecordSessionEvent {

    private final PricedSessions sessions;
    private final PriceSession price;
    private final RunningCost runningCost;
    private final SendRunningCost sendRunningCost;
    private final Outbox outbox;

    RecordSessionEvent(
            PricedSessions sessions,
            PriceSession price,
            RunningCost runningCost,
            SendRunningCost sendRunningCost,
            Outbox outbox) {
        this.sessions = sessions;
        this.price = price;
        this.runningCost = runningCost;
        this.sendRunningCost = sendRunningCost;
        this.outbox = outbox;
    }

    @Transactional
    public void handle(Object event) {
        switch (event) {
            case SessionStarted s -> {
                PricedSession merged = sessions.merge(new PricedSession(
                        s.sessionId(),
                        s.ocppId(),
                        s.transactionId(),
                        s.organizationId(),
                        s.stationId(),
                        s.userId(),
                        s.startedAt(),
                        null,
                        null,
                        false));
                if (merged.stopped()) {
                    price.handle(s.sessionId());
                } else {
                    sendRunningCost.started(merged, s.ocppVersion());
                }
            }
            case SessionUpdated u -> updated(u);
            case SessionStopped s -> {
                sessions.merge(new PricedSession(
                        s.sessionId(),
                        s.ocppId(),
                        s.transactionId(),
                        s.organizationId(),
                        s.stationId(),
                        s.userId(),
                        s.startedAt(),
                        s.stoppedAt(),
                        s.energyWh(),
                        s.correction()));
                sendRunningCost.stopped(s.sessionId());
                price.handle(s.sessionId());
            }
            default -> throw new IllegalArgumentException("Not a session event: " + event.getClass());
        }
    }

    private void updated(SessionUpdated u) {
        PricedSession session = sessions.merge(new PricedSession(
                u.sessionId(), u.ocppId(), null, u.organizationId(), null, u.userId(), null, null, null, false));
        sessions.addReading(u.sessionId(), new MeterSample(u.measuredAt(), u.energyWh()));
        if (session.stopped()) {
            price.handle(u.sessionId());
            return;
        }
        runningCost.of(session).ifPresent(cost -> {
            outbox.append(
                    Topics.BILLING_EVENTS,
                    session.sessionId(),
                    new SessionCostUpdated(
                            session.sessionId(),
                            session.chargePointId(),
                            session.transactionId(),
                            session.organizationId(),
                            session.userId(),
                            cost.tariff().id().toString(),
                            cost.breakdown().currency(),
                            cost.breakdown().total(),
                            cost.asOf().energyWh(),
                            cost.asOf().at()));
            sendRunningCost.offer(session, cost);
        });
    }
}
