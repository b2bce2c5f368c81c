package io.evzone.simulator.bench;

import io.evzone.contracts.EventHeaders;
import io.evzone.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads billing's {@code SessionPriced} events for the benchmark's sessions from {@code billing.events.v1}, from
 * the end of the topic as it was before the backlog was published: counts each session's prices (to find sessions
 * priced twice) and the time from the publication of the session's stop to its price.
 */
final class PricedSessionsWatch implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_LATENCY_MICROS = Duration.ofHours(10).toNanos() / 1_000;

    private final KafkaConsumer<String, String> consumer;
    private final String sessionPrefix;
    private final AtomicLongArray stopPublishedNanos;
    private final AtomicIntegerArray pricesPerSession;
    private final LongAdder distinct = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder zeroTotals = new LongAdder();
    private final Histogram latency = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread reader;

    PricedSessionsWatch(String brokers, String run, int sessions) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(config);
        this.sessionPrefix = SessionBacklog.sessionId(run, 0).replaceFirst("0$", "");
        this.stopPublishedNanos = new AtomicLongArray(sessions);
        this.pricesPerSession = new AtomicIntegerArray(sessions);
        var partitions = consumer.partitionsFor(Topics.BILLING_EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.reader = Thread.ofPlatform().name("priced-sessions").daemon().start(this::read);
    }

    /** The stop of session {@code sequence} was just handed to the producer. */
    void stopPublished(int sequence) {
        stopPublishedNanos.set(sequence, System.nanoTime());
    }

    private void read() {
        while (running.get()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if ("SessionPriced".equals(type(record))) {
                    priced(JSON.readTree(record.value()).path("payload"));
                }
            }
        }
        consumer.close();
    }

    private void priced(JsonNode payload) {
        String sessionId = payload.path("sessionId").asString("");
        if (!sessionId.startsWith(sessionPrefix)) {
            return;
        }
        int sequence = Integer.parseInt(sessionId.substring(sessionPrefix.length()));
        if (pricesPerSession.incrementAndGet(sequence) > 1) {
            duplicates.increment();
            return;
        }
        distinct.increment();
        if (payload.path("totalInclVat").asLong() <= 0) {
            zeroTotals.increment();
        }
        long micros = (System.nanoTime() - stopPublishedNanos.get(sequence)) / 1_000;
        latency.recordValue(Math.min(Math.max(micros, 0), MAX_LATENCY_MICROS));
    }

    private static String type(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sessions priced at least once. */
    long distinct() {
        return distinct.sum();
    }

    /** Prices beyond the first of a session: each one a session priced more than once. */
    long duplicates() {
        return duplicates.sum();
    }

    long zeroTotals() {
        return zeroTotals.sum();
    }

    Histogram latencyMicros() {
        return latency;
    }

    @Override
    public void close() {
        running.set(false);
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
