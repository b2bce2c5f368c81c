package io.evzone.platform.messaging;

import io.evzone.platform.retention.ScheduledPurge;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the idempotent consumers' records of handled events once they are older than the retention: a record
 * only has to outlive the Kafka records it guards against (a redelivery, a replay from the earliest offset), and
 * every meter value leaves one, so without a purge the table grows by the gigabyte a day.
 */
public class ProcessedEventPurge extends ScheduledPurge {

    public ProcessedEventPurge(JdbcClient jdbc, Duration retention, Duration interval, int chunk) {
        super(
                "handled-event records",
                (olderThan, limit) -> deleteChunk(jdbc, olderThan, limit),
                positive(retention),
                interval,
                chunk);
    }

    /**
     * {@code ctid = ANY(ARRAY(...))} rather than {@code ctid IN (...)}: the chunk is computed once and its rows
     * fetched in one TID scan; with {@code IN} the planner de-duplicated the chunk in a hash table and looked each
     * row up on its own (10,000 rows of 300,000 on the embedded PostgreSQL 17: 8.8 ms against 42.8 ms).
     */
    private static int deleteChunk(JdbcClient jdbc, Duration olderThan, int limit) {
        return jdbc.sql("""
                        DELETE FROM processed_event WHERE ctid = ANY(ARRAY(
                            SELECT ctid FROM processed_event
                            WHERE processed_at < now() - make_interval(secs => :seconds) LIMIT :chunk))""")
                .param("seconds", olderThan.toSeconds())
                .param("chunk", limit)
                .update();
    }

    /** Unlike other purges, never disabled: without it the table grows by the gigabyte a day. */
    private static Duration positive(Duration retention) {
        if (!retention.isPositive()) {
            throw new IllegalArgumentException("evzone.kafka.processed-event-retention must be positive");
        }
        return retention;
    }
}
