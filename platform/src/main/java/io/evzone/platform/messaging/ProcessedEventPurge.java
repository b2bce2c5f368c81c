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

    private static int deleteChunk(JdbcClient jdbc, Duration olderThan, int limit) {
        return jdbc.sql("""
                        DELETE FROM processed_event WHERE ctid IN (
                            SELECT ctid FROM processed_event
                            WHERE processed_at < now() - make_interval(secs => :seconds) LIMIT :chunk)""")
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
