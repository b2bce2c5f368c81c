package io.evzone.gateway.bridge;

import io.evzone.contracts.Topics;
import io.evzone.platform.messaging.EventPublisher;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes what chargers said to Kafka without ever holding up a charger: records are handed to one
 * publishing thread (one, so each charger's records keep their order) through a bounded queue. When
 * Kafka is so slow that the queue fills, records are dropped and counted rather than blocking
 * WebSocket threads; these are facts with no database state behind them, the message log can lose a
 * frame under overload, a charger must not lose its answer.
 */
@Component
public class EventBridge {

    private static final Logger log = LoggerFactory.getLogger(EventBridge.class);

    private final EventPublisher publisher;
    private final GatewayMetrics metrics;
    private final ThreadPoolExecutor executor;

    public EventBridge(EventPublisher publisher, GatewayMetrics metrics) {
        this.publisher = publisher;
        this.metrics = metrics;
        this.executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(100_000),
                Thread.ofPlatform().name("gateway-publisher").daemon().factory());
    }

    /** A version-neutral charger event on {@code ocpp.charger-events.v1}. */
    public void chargerEvent(String chargePointId, Object event) {
        publish(Topics.CHARGER_EVENTS, chargePointId, event);
    }

    public void publish(String topic, String key, Object payload) {
        try {
            executor.execute(() -> send(topic, key, payload));
        } catch (RejectedExecutionException e) {
            metrics.dropped(topic);
        }
    }

    private void send(String topic, String key, Object payload) {
        try {
            publisher.publish(topic, key, payload).whenComplete((result, error) -> {
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
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
