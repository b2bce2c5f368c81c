package io.evzone.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the idempotent consumers' records of handled events once they are older than the retention: a record
 * only has to outlive the Kafka records it guards against (a redelivery, a replay from the earliest offset), and
 * every meter value leaves one, so without a purge the table grows by the gigabyte a day. Deletes in chunks, each
 * its own short transaction, so a large backlog never holds a long lock or a huge transaction; several nodes may
 * purge at once.
 */
public class ProcessedEventPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventPurge.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Duration interval;
    private final int chunk;
    private ScheduledExecutorService scheduler;

    public ProcessedEventPurge(JdbcClient jdbc, Duration retention, Duration interval, int chunk) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("evzone.kafka.processed-event-retention must be positive");
        }
        this.jdbc = jdbc;
        this.retention = retention;
        this.interval = interval;
        this.chunk = chunk;
    }

    /** @return how many records were deleted */
    public long purge() {
        long deleted = 0;
        int last;
        do {
            last = jdbc.sql("""
                            DELETE FROM processed_event WHERE ctid IN (
                                SELECT ctid FROM processed_event
                                WHERE processed_at < now() - make_interval(secs => :seconds) LIMIT :chunk)""")
                    .param("seconds", retention.toSeconds())
                    .param("chunk", chunk)
                    .update();
            deleted += last;
        } while (last == chunk);
        if (deleted > 0) {
            log.info("Purged {} handled-event records older than {}", deleted, retention);
        }
        return deleted;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("processed-event-purge").daemon().factory());
        scheduler.scheduleWithFixedDelay(
                this::purgeQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Purging handled-event records failed, retrying in {}: {}", interval, e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
