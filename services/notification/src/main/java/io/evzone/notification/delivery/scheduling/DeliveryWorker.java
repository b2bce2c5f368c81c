package io.evzone.notification.delivery.scheduling;

import io.evzone.notification.delivery.application.DeliverySignal;
import io.evzone.notification.delivery.application.SendDelivery;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * through the database: a claim skips rows another node holds. In-app deliveries (the feed and its live streams) have
 * threads of their own, so they never wait behind email, SMS or push sends to a slow provider.
 */
public class DeliveryWorker implements SmartLifecycle, DeliverySignal {

    /** How the senders work; see {@code evzone.notification.*} in docs/configuration.md. */
    public record Settings(int threads, int inAppThreads, int batchSize, Duration pollInterval, Duration lease) {}

    private static final Set<Channel> IN_APP = EnumSet.of(Channel.IN_APP);
    private static final Set<Channel> PROVIDERS = EnumSet.complementOf(EnumSet.of(Channel.IN_APP));

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final SendDelivery send;
    private final Settings settings;
    private final Clock clock;
    private final Object signal = new Object();
    private long queuedGeneration;
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
            queuedGeneration++;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        threads = Executors.newFixedThreadPool(
                settings.threads() + settings.inAppThreads(),
                Thread.ofPlatform().daemon().name("notification-sender-", 0).factory());
        for (int i = 0; i < settings.threads(); i++) {
            threads.submit(() -> work(PROVIDERS));
        }
        for (int i = 0; i < settings.inAppThreads(); i++) {
            threads.submit(() -> work(IN_APP));
        }
    }

    private void work(Set<Channel> channels) {
        long seen = -1;
        while (running) {
            try {
                if (sendDueBatch(channels) < settings.batchSize()) {
                    seen = awaitWork(seen);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming deliveries failed; trying again in {}", settings.pollInterval(), e);
                seen = sleepQuietly(seen);
            }
        }
    }

    private int sendDueBatch(Set<Channel> channels) {
        List<Delivery> batch = deliveries.claimDue(settings.batchSize(), clock.instant(), settings.lease(), channels);
        batch.forEach(send::handle);
        return batch.size();
    }

    /** Waits for deliveries queued after the generation {@code seen}, or the poll interval; returns the latest. */
    private long awaitWork(long seen) throws InterruptedException {
        synchronized (signal) {
            if (queuedGeneration == seen) {
                signal.wait(settings.pollInterval().toMillis());
            }
            return queuedGeneration;
        }
    }

    private long sleepQuietly(long seen) {
        try {
            return awaitWork(seen);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return seen;
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
