package io.evzone.platform.retention;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes a table's rows once they are older than a retention, every interval on its own thread while the context
 * runs (no global scheduler: nine services share one JVM in the launcher). Deletes in chunks, each its own short
 * statement, so a large backlog never holds a long lock or a huge transaction; several nodes may purge at once. A
 * zero or negative retention keeps the rows forever: the purge is never scheduled.
 */
public class ScheduledPurge implements SmartLifecycle {

    /** One chunk of a purge: a single statement in its own transaction. */
    @FunctionalInterface
    public interface Chunk {

        /**
         * Deletes at most {@code limit} of the rows older than {@code retention}.
         *
         * @return how many rows were deleted
         */
        int delete(Duration retention, int limit);
    }

    /** How often a purge runs unless told otherwise. */
    public static final Duration INTERVAL = Duration.ofMinutes(10);

    /**
     * The most rows one chunk deletes unless told otherwise: a short statement (10,000 status history entries took
     * 60 ms on the embedded database, 10,000 commands 22 ms).
     */
    public static final int CHUNK = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ScheduledPurge.class);

    private final String rows;
    private final Chunk chunk;
    private final Duration retention;
    private final Duration interval;
    private final int limit;
    private ScheduledExecutorService scheduler;

    /** Every {@link #INTERVAL}, in chunks of {@link #CHUNK}. */
    public ScheduledPurge(String rows, Chunk chunk, Duration retention) {
        this(rows, chunk, retention, INTERVAL, CHUNK);
    }

    /**
     * @param rows what is purged, for the log and the thread's name ({@code handled-event records})
     * @param limit the most rows one chunk deletes; the purge goes on while chunks come back full
     */
    public ScheduledPurge(String rows, Chunk chunk, Duration retention, Duration interval, int limit) {
        if (limit < 1 || !interval.isPositive()) {
            // A chunk of 0 would come back "full" forever.
            throw new IllegalArgumentException(rows + " purge: chunk and interval must be positive");
        }
        this.rows = rows;
        // Checked here rather than at the first run, ten minutes into the service's life.
        this.chunk = Objects.requireNonNull(chunk, "chunk");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.interval = interval;
        this.limit = limit;
    }

    public boolean enabled() {
        return retention.isPositive();
    }

    /** @return how many rows were deleted (none when the purge is disabled) */
    public long purge() {
        if (!enabled()) {
            return 0;
        }
        long deleted = 0;
        int last;
        do {
            last = chunk.delete(retention, limit);
            deleted += last;
        } while (last == limit);
        if (deleted > 0) {
            log.info("Purged {} {} older than {}", deleted, rows, retention);
        }
        return deleted;
    }

    @Override
    public synchronized void start() {
        if (!enabled()) {
            log.info("Purge of {} disabled (retention {}): they are kept forever", rows, retention);
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("purge-" + rows.replace(' ', '-'))
                .daemon()
                .factory());
        scheduler.scheduleWithFixedDelay(
                this::purgeQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Purging {} failed, retrying in {}: {}", rows, interval, e.getMessage());
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
