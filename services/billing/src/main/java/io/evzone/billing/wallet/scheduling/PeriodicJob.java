package io.evzone.billing.wallet.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a task at a fixed delay on its own daemon thread while the context runs (no global scheduler:
 * the launcher runs nine services in one JVM). A failed run is logged and retried at the next interval.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    protected PeriodicJob(String name, Duration interval) {
        this.name = name;
        this.interval = interval;
    }

    protected abstract void runOnce();

    @Override
    public void start() {
        long period = interval.toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name(name).factory());
        executor.scheduleWithFixedDelay(this::safely, period, period, TimeUnit.MILLISECONDS);
    }

    private void safely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("{} failed, retrying at the next interval: {}", name, e.getMessage());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
