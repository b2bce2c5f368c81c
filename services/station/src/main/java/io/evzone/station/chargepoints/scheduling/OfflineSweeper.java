package io.evzone.station.chargepoints.scheduling;

import io.evzone.station.chargepoints.application.SweepSilentChargers;
import io.evzone.station.chargepoints.config.ChargerProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link SweepSilentChargers} every {@code evzone.station.offline-sweep-interval} on its own
 * thread while the context runs (no global scheduler: nine services share one JVM in the launcher).
 */
@Component
class OfflineSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OfflineSweeper.class);

    private final SweepSilentChargers sweep;
    private final ChargerProperties properties;
    private volatile ScheduledExecutorService executor;

    OfflineSweeper(SweepSilentChargers sweep, ChargerProperties properties) {
        this.sweep = sweep;
        this.properties = properties;
    }

    @Override
    public void start() {
        long period = properties.offlineSweepInterval().toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("station-offline-sweeper").factory());
        executor.scheduleWithFixedDelay(this::sweepOnce, period, period, TimeUnit.MILLISECONDS);
    }

    private void sweepOnce() {
        try {
            sweep.handle();
        } catch (RuntimeException e) {
            log.warn("Offline sweep failed, retrying at the next interval: {}", e.getMessage());
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
