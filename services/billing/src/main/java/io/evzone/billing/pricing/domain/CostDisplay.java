package io.evzone.billing.pricing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A running session on a charger that shows its cost (OCPP 2.0.1 and later: CostUpdated), with the
 * last cost sent to it.
 *
 * @param lastTotal the total last sent, in minor units; null before the first
 * @param lastSentAt when it was sent; null before the first
 */
public record CostDisplay(
        String sessionId,
        String ocppId,
        String transactionId,
        String organizationId,
        Long lastTotal,
        Instant lastSentAt) {

    public CostDisplay {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ocppId, "ocppId");
    }

    /** OCPP 1.6 has no message for a running cost; 2.0.1 and 2.1 have CostUpdated. */
    public static boolean shownBy(String ocppVersion) {
        return ocppVersion != null && !ocppVersion.isBlank() && !ocppVersion.startsWith("1.");
    }

    /**
     * Whether {@code total} is worth sending now: it changed since the last one sent, and at least
     * {@code minInterval} passed since then, so a charger is not flooded with a session's every reading.
     */
    public boolean due(long total, Instant now, Duration minInterval) {
        if (transactionId == null || (lastTotal != null && lastTotal == total)) {
            return false;
        }
        return lastSentAt == null || !now.isBefore(lastSentAt.plus(minInterval));
    }
}
