package io.evzone.session.shared.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transaction-scoped advisory lock every writer of a charger's sessions takes (the session consumers, the
 * charger directory's backfills), so a session loaded under the lock cannot be saved over a change made meanwhile.
 * One key scheme for all of them: two writers that hashed differently would not exclude each other.
 */
public final class ChargerLocks {

    private ChargerLocks() {}

    /** Locks the chargers in the given order (callers sort it, so two batches cannot deadlock) until commit. */
    public static void lock(JdbcClient jdbc, List<String> chargePointIds) {
        if (chargePointIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        SELECT count(pg_advisory_xact_lock(hashtextextended('session.charger:' || c.cp, 7)))
                          FROM (SELECT cp FROM unnest(:cps::text[]) WITH ORDINALITY AS u(cp, n) ORDER BY n) AS c""")
                .param("cps", chargePointIds.toArray(String[]::new))
                .query()
                .singleValue();
    }
}
