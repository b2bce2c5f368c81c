package io.evzone.platform.outbox;

import io.evzone.platform.messaging.EventRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka, oldest first, then marks them published. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes can relay side by side. A crash
 * between publishing and marking re-sends the batch: consumers deduplicate on the event id, so
 * every event is delivered at least once and processed exactly once.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread worker;

    public OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Asks the relay to look for new rows now instead of at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    /**
     * Publishes one batch of unpublished rows.
     *
     * @return how many rows were published
     */
    public int publishBatch() {
        Integer published = transactions.execute(status -> {
            List<OutboxRow> rows = claimBatch();
            if (rows.isEmpty()) {
                return 0;
            }
            sendAll(rows);
            markPublished(rows);
            return rows.size();
        });
        return published == null ? 0 : published;
    }

    /** Deletes published rows older than the retention period. */
    public int purgePublished() {
        return jdbc.sql("DELETE FROM outbox WHERE published_at < now() - make_interval(secs => :seconds)")
                .param("seconds", properties.retention().toSeconds())
                .update();
    }

    private List<OutboxRow> claimBatch() {
        return jdbc.sql("""
                        SELECT id, event_id, topic, message_key, event_type, envelope, correlation_id
                        FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new OutboxRow(
                        rs.getLong("id"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("topic"),
                        rs.getString("message_key"),
                        rs.getString("event_type"),
                        rs.getString("envelope"),
                        rs.getString("correlation_id")))
                .list();
    }

    private void sendAll(List<OutboxRow> rows) {
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            sends.add(kafka.send(toRecord(row)));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing outbox batch", e);
        } catch (Exception e) {
            throw new IllegalStateException("Publishing outbox batch failed; it will be retried", e);
        }
    }

    private static ProducerRecord<String, String> toRecord(OutboxRow row) {
        return EventRecords.of(
                row.topic(), row.key(), row.envelope(), row.eventId(), row.eventType(), row.correlationId());
    }

    private void markPublished(List<OutboxRow> rows) {
        jdbc.sql("UPDATE outbox SET published_at = now() WHERE id = ANY(:ids)")
                .param("ids", rows.stream().map(OutboxRow::id).toArray(Long[]::new))
                .update();
    }

    private void runLoop() {
        long lastPurge = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                drain();
                if (System.nanoTime() - lastPurge > Duration.ofMinutes(10).toNanos()) {
                    purgePublished();
                    lastPurge = System.nanoTime();
                }
                wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Outbox relay failed, retrying: {}", e.getMessage());
                pause();
            }
        }
    }

    private void drain() {
        while (publishBatch() == properties.batchSize()) {
            // A full batch means more rows are probably waiting.
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        if (properties.relayEnabled() && worker == null) {
            worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::runLoop);
        }
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private record OutboxRow(
            long id, UUID eventId, String topic, String key, String eventType, String envelope, String correlationId) {}
}
