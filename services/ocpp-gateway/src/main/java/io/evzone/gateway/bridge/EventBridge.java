package io.evzone.gateway.bridge;

import io.evzone.contracts.Topics;
import io.evzone.platform.messaging.EventPublisher;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes what chargers said to Kafka without ever holding up a charger: records are handed to
 * publishing threads through bounded queues, each charger always to the same thread so its records
 * keep their order, and serialization spread over as many threads as there are cores. When
 * Kafka is so slow that the queue fills, records are dropped and counted rather than blocking
 * WebSocket threads; these are facts with no database state behind them, the message log can lose a
 * frame under overload, a charger must not lose its answer. Charging data (transactions, meter
 * values) is the exception: {@link #chargingData} tells when Kafka has it, and the charger is answered
 * only then, so a charger whose data could not be stored gets an error and sends it again (OCPP 1.6
 * §4.10 and 2.0.1 E13: transaction-related messages are retried until the CSMS accepts them).
 */
@Component
public class EventBridge {

    private static final Logger log = LoggerFactory.getLogger(EventBridge.class);

    private final EventPublisher publisher;
    private final GatewayMetrics metrics;
    private final ThreadPoolExecutor[] stripes;
    /**
     * The message log's own publishing threads: a busy node logs two frames for every charging-data
     * record, and in one queue a charger's meter values waited behind everybody's log records.
     */
    private final ThreadPoolExecutor[] logStripes;
    /**
     * Where a charger learns that its charging data is stored. Kafka completes sends on its producer's
     * single I/O thread; answering the charger there (encode, write the frame, log it) made every
     * charger's answer wait for every other's and slowed the producer itself.
     */
    private final ExecutorService acknowledgements;

    public EventBridge(EventPublisher publisher, GatewayMetrics metrics) {
        this.publisher = publisher;
        this.metrics = metrics;
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.stripes = stripes("gateway-publisher-", count);
        this.logStripes = stripes("gateway-message-log-", count);
        this.acknowledgements = Executors.newFixedThreadPool(
                count, Thread.ofPlatform().name("gateway-acks-", 0).daemon().factory());
    }

    private static ThreadPoolExecutor[] stripes(String name, int count) {
        ThreadPoolExecutor[] stripes = new ThreadPoolExecutor[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ThreadPoolExecutor(
                    1,
                    1,
                    0,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(100_000 / count),
                    Thread.ofPlatform().name(name + i).daemon().factory());
        }
        return stripes;
    }

    /** One thread per stripe and a charger always in the same stripe: its records keep their order. */
    private static ThreadPoolExecutor stripeOf(ThreadPoolExecutor[] stripes, String key) {
        return stripes[Math.floorMod(key == null ? 0 : key.hashCode(), stripes.length)];
    }

    /** A version-neutral charger event on {@code ocpp.charger-events.v1}. */
    public void chargerEvent(String chargePointId, Object event) {
        publish(Topics.CHARGER_EVENTS, chargePointId, event);
    }

    /**
     * A charger event that must not be lost, on {@code ocpp.charger-events.v1}.
     *
     * @return completes when Kafka acknowledged the record, exceptionally when it could not be sent
     */
    public CompletableFuture<Void> chargingData(String chargePointId, Object event) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        try {
            stripeOf(stripes, chargePointId)
                    .execute(() -> send(Topics.CHARGER_EVENTS, chargePointId, event)
                            .whenComplete((result, error) -> acknowledge(stored, error)));
        } catch (RejectedExecutionException e) {
            metrics.dropped(Topics.CHARGER_EVENTS);
            stored.completeExceptionally(e);
        }
        return stored;
    }

    private void acknowledge(CompletableFuture<Void> stored, Throwable error) {
        Runnable complete = error == null ? () -> stored.complete(null) : () -> stored.completeExceptionally(error);
        try {
            acknowledgements.execute(complete);
        } catch (RejectedExecutionException e) {
            complete.run();
        }
    }

    public void publish(String topic, String key, Object payload) {
        publishOn(stripes, topic, key, payload);
    }

    /** A frame for {@code ocpp.message}, on the message log's own threads. */
    public void logFrame(String chargePointId, Object frame) {
        publishOn(logStripes, Topics.OCPP_MESSAGE, chargePointId, frame);
    }

    private void publishOn(ThreadPoolExecutor[] on, String topic, String key, Object payload) {
        try {
            stripeOf(on, key).execute(() -> send(topic, key, payload));
        } catch (RejectedExecutionException e) {
            metrics.dropped(topic);
        }
    }

    private CompletableFuture<?> send(String topic, String key, Object payload) {
        try {
            return publisher.publish(topic, key, payload).whenComplete((result, error) -> {
                if (error != null) {
                    metrics.dropped(topic);
                    log.warn(
                            "Could not publish {} for {}: {}",
                            payload.getClass().getSimpleName(),
                            key,
                            error.toString());
                }
            });
        } catch (RuntimeException e) {
            metrics.dropped(topic);
            log.warn("Could not publish {} for {}: {}", payload.getClass().getSimpleName(), key, e.toString());
            return CompletableFuture.failedFuture(e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        List<ThreadPoolExecutor> all = new ArrayList<>(List.of(stripes));
        all.addAll(List.of(logStripes));
        all.forEach(ThreadPoolExecutor::shutdown);
        for (ThreadPoolExecutor stripe : all) {
            stripe.awaitTermination(5, TimeUnit.SECONDS);
        }
        acknowledgements.shutdown();
        acknowledgements.awaitTermination(5, TimeUnit.SECONDS);
    }
}
