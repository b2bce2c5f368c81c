package io.evzone.billing.pricing.domain;

import java.time.Instant;

/**
 * A charging session as billing learned it from session events, which may arrive twice, late or
 * out of order: each event fills in what it knows; a stop that corrects an earlier one replaces it,
 * and nothing replaces a correction but a later correction.
 *
 * @param stoppedAt null while the session runs
 * @param energyWh the final energy in Wh, null while the session runs
 * @param corrected the stop came from a correction (the charger reported the real end late)
 */
public record PricedSession(
        String sessionId,
        String chargePointId,
        String transactionId,
        String organizationId,
        String stationId,
        String userId,
        Instant startedAt,
        Instant stoppedAt,
        Long energyWh,
        boolean corrected) {

    public boolean stopped() {
        return stoppedAt != null;
    }

    /** This session with the facts of another report about it filled in. */
    public PricedSession mergedWith(PricedSession other) {
        boolean takeStop = other.stopped() && (!stopped() || other.corrected() || !corrected());
        boolean keepThisStop = stopped() && !takeStop;
        return new PricedSession(
                sessionId,
                chargePointId,
                first(transactionId, other.transactionId()),
                first(organizationId, other.organizationId()),
                first(stationId, other.stationId()),
                first(userId, other.userId()),
                first(startedAt, other.startedAt()),
                keepThisStop ? stoppedAt : other.stoppedAt(),
                keepThisStop ? energyWh : other.energyWh(),
                keepThisStop ? corrected : other.corrected());
    }

    private static <T> T first(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
