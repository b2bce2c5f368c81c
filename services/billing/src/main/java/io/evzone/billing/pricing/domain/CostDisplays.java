package io.evzone.billing.pricing.domain;

import java.time.Instant;
import java.util.Optional;

/** The running sessions whose charger shows their cost. */
public interface CostDisplays {

    /** Adds the session once; a repeated start changes nothing. */
    void register(CostDisplay display);

    /** Locked for the rest of the transaction. */
    Optional<CostDisplay> lock(String sessionId);

    void sent(String sessionId, long total, Instant at);

    void forget(String sessionId);
}
