package io.evzone.billing.wallet.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Holds on wallets, one per charging session. */
public interface Holds {

    /** Adds a hold; false when the session already has one. */
    boolean add(Hold hold);

    /** The session's hold, locked for the rest of the transaction. */
    Optional<Hold> lockBySession(String sessionId);

    void close(Hold hold, Hold.Status status, long captured, Instant at);

    /** Sessions whose active holds expired before {@code now}, oldest first. */
    List<String> expiredSessions(Instant now, int limit);
}
