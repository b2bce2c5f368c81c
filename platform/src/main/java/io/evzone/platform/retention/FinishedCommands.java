package io.evzone.platform.retention;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purge chunk of a table of commands sent to chargers (the gateway's command log, the station's and the session's
 * own commands): at most {@code limit} commands that have their outcome, older than the retention by a time column,
 * are deleted; a command still QUEUED or SENT is never deleted, however old. The statuses are spelled out, not bound,
 * so that a partial index on them can serve the query; {@code = ANY(ARRAY(...))} rather than {@code IN (...)}, so that
 * the chunk's rows are found by primary key rather than by a scan of the table; SKIP LOCKED, so that nodes purging side
 * by side take different rows.
 */
public final class FinishedCommands {

    private FinishedCommands() {}

    /**
     * @param table the table, with {@code id} and {@code status} columns: the caller's constant, never input
     * @param since the time column the retention counts from: the caller's constant, never input
     * @return how many were deleted
     */
    public static int delete(JdbcClient jdbc, String table, String since, Duration retention, int limit) {
        return jdbc.sql("""
                        DELETE FROM %1$s WHERE id = ANY(ARRAY(
                            SELECT id FROM %1$s
                            WHERE status NOT IN ('QUEUED', 'SENT')
                              AND %2$s < now() - make_interval(secs => :seconds)
                            LIMIT :limit FOR UPDATE SKIP LOCKED))""".formatted(table, since))
                .param("seconds", retention.toSeconds())
                .param("limit", limit)
                .update();
    }
}
