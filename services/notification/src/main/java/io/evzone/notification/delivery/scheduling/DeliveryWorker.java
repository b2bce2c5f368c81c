package io.evzone.notification.delivery.scheduling;

import io.evzone.notification.delivery.application.DeliverySignal;
import io.evzone.notification.delivery.application.SendDelivery;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sender threads that claim due deliveries in batches and send them, woken when new ones are queued and otherwise
 * looking every poll interval (for retries coming due and sends a crashed node left leased). Nodes share the work
 * through the database: a claim skips rows another node holds.
 */
public class DeliveryWorker implements SmartLifecycle, DeliverySignal {

    /** How the senders work; see {@code evzone.notification.*} in docs/configuration.md. */
    public record Settings(int threads, int batchSize, Duration pollInterval, Duration lease) {}

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final SendDelivery send;
    private final Settings settings;
    private final Clock clock;
    private final Object signal = new Object();
    private boolean pending;
    private volatile boolean running;
    private ExecutorService threads;

    public DeliveryWorker(Deliveries deliveries, SendDelivery send, Settings settings, Clock clock) {
        this.deliveries = deliveries;
        this.send = send;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void deliveriesQueued() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp();
                }
            });
        } else {
            wakeUp();
        }
    }

    private void wakeUp() {
        synchronized (signal) {
            pending = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        threads = Executors.newFixedThreadPool(
                settings.threads(),
                Thread.ofPlatform().daemon().name("notification-sender-", 0).factory());
        for (int i = 0; i < settings.threads(); i++) {
            threads.submit(this::work);
        }
    }

    private void work() {
        while (running) {
            try {
                if (sendDueBatch() < settings.batchSize()) {
                    awaitWork();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming deliveries failed; trying again in {}", settings.pollInterval(), e);
                sleepQuietly();
            }
        }
    }

    private int sendDueBatch() {
        List<Delivery> batch = deliveries.claimDue(settings.batchSize(), clock.instant(), settings.lease());
        batch.forEach(send::handle);
        return batch.size();
    }

    private void awaitWork() throws InterruptedException {
        synchronized (signal) {
            if (!pending) {
                signal.wait(settings.pollInterval().toMillis());
            }
            pending = false;
        }
    }

    private void sleepQuietly() {
        try {
            awaitWork();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (threads != null) {
            threads.shutdown();
            try {
                threads.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
