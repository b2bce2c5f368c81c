package io.evzone.simulator.charger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Timers} on a shared {@link ScheduledThreadPoolExecutor}: no thread per charger. */
public final class ExecutorTimers implements Timers, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExecutorTimers.class);
    private final ScheduledThreadPoolExecutor executor;

    public ExecutorTimers(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "sim-timer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = new ScheduledThreadPoolExecutor(threads, factory);
        // Heartbeat and call-timeout timers are cancelled all the time; keep the queue free of them.
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        var future = executor.schedule(() -> runLogged(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Simulator timer task failed", e);
        }
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
