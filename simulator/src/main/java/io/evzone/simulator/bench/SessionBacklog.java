package io.evzone.simulator.bench;

import io.evzone.contracts.Topics;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.contracts.session.SessionUpdated;
import java.time.Duration;
import java.time.Instant;

/**
 * Completed sessions as the session service announces them on {@code session.events.v1}: a start, meter readings
 * every twenty minutes and the stop with the final energy, keyed by the charge point like the session service's
 * outbox, so each session's events stay in order on one partition.
 */
final class SessionBacklog {

    static final int CHARGE_POINTS = 500;
    static final int READINGS = 3;
    private static final Duration READING_INTERVAL = Duration.ofMinutes(20);
    private static final long WH_PER_READING = 3_000;

    private final DomainEventFeed feed;
    private final String organizationId;
    private final String run;
    private final Instant firstStart;

    /** Sessions of the organization start a minute apart per charge point, from {@code firstStart} on. */
    SessionBacklog(DomainEventFeed feed, String organizationId, String run, Instant firstStart) {
        this.feed = feed;
        this.organizationId = organizationId;
        this.run = run;
        this.firstStart = firstStart;
    }

    static String sessionId(String run, int sequence) {
        return "bench-" + run + "-" + sequence;
    }

    /** Publishes the sequence's session, its stop last. */
    void publish(int sequence) {
        String chargePoint = "BENCH-PRICING-" + (sequence % CHARGE_POINTS);
        String session = sessionId(run, sequence);
        Instant start = firstStart.plusSeconds((sequence / CHARGE_POINTS) * 60L);
        String driver = "bench-driver-" + (sequence % 1_000);
        feed.send(
                Topics.SESSION_EVENTS,
                chargePoint,
                new SessionStarted(
                        session,
                        null,
                        chargePoint,
                        1,
                        1,
                        "1",
                        organizationId,
                        null,
                        "BENCH",
                        driver,
                        start,
                        0L,
                        "2.0.1"));
        for (int r = 1; r <= READINGS; r++) {
            feed.send(
                    Topics.SESSION_EVENTS,
                    chargePoint,
                    new SessionUpdated(
                            session,
                            null,
                            chargePoint,
                            organizationId,
                            driver,
                            r * WH_PER_READING,
                            11_000L,
                            start.plus(READING_INTERVAL.multipliedBy(r))));
        }
        long energy = (READINGS + 1) * WH_PER_READING;
        feed.send(
                Topics.SESSION_EVENTS,
                chargePoint,
                new SessionStopped(
                        session,
                        null,
                        chargePoint,
                        1,
                        1,
                        "1",
                        organizationId,
                        null,
                        "BENCH",
                        driver,
                        "COMPLETED",
                        start,
                        start.plus(READING_INTERVAL.multipliedBy(READINGS + 1)),
                        0L,
                        energy,
                        energy,
                        "Local",
                        false));
    }
}
