package io.evzone.billing.wallet.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Which entry charged each priced session, at which price version. */
public interface SessionCharges {

    record Charge(String sessionId, int version, UUID entryId) {}

    /** The session's charge, locked for the rest of the transaction. */
    Optional<Charge> lock(String sessionId);

    void record(Charge charge, Instant at);
}
