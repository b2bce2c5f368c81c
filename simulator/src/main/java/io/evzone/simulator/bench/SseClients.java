package io.evzone.simulator.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Browsers holding {@code GET /api/v1/sse/events} open, each as its user, timing every benchmark event from its
 * publication to the moment its {@code data:} line arrives.
 */
final class SseClients implements AutoCloseable {

    private static final Pattern SEQUENCE = Pattern.compile(DomainEventFeed.PAYMENT_PREFIX + "(\\d+)");

    private final ExecutorService executor = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().name("sse-client-", 0).factory());
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .executor(executor)
            .build();
    private final URI streamUri;
    private final AtomicLongArray sentNanos;
    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(3);
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicLong received = new AtomicLong();
    private final List<CompletableFuture<?>> streams = new ArrayList<>();

    /** @param capacity the most events the run will publish: their sequences index the send times */
    SseClients(URI notificationApi, int capacity) {
        this.streamUri = notificationApi.resolve("/api/v1/sse/events");
        this.sentNanos = new AtomicLongArray(capacity);
    }

    /** Opens one stream as the token's user; it counts as open once the answer's headers say 200. */
    void open(String token) {
        var request = HttpRequest.newBuilder(streamUri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        AtomicBoolean answered = new AtomicBoolean();
        HttpResponse.BodyHandler<Void> handler = answer -> {
            answered.set(true);
            if (answer.statusCode() == 200) {
                open.incrementAndGet();
                return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
            }
            refused.incrementAndGet();
            return HttpResponse.BodySubscribers.replacing(null);
        };
        streams.add(http.sendAsync(request, handler).whenComplete((response, error) -> {
            if (!answered.get()) {
                refused.incrementAndGet();
            }
        }));
    }

    void published(long sequence) {
        sentNanos.set((int) sequence, System.nanoTime());
    }

    int openStreams() {
        return open.get();
    }

    int refused() {
        return refused.get();
    }

    int dropped() {
        return dropped.get();
    }

    long received() {
        return received.get();
    }

    Histogram latencies() {
        return latencyMicros.copy();
    }

    private void onData(String line) {
        Matcher matcher = SEQUENCE.matcher(line);
        if (!matcher.find()) {
            return;
        }
        long sent = sentNanos.get(Integer.parseInt(matcher.group(1)));
        if (sent != 0) {
            latencyMicros.recordValue(Math.max(0, (System.nanoTime() - sent) / 1_000));
            received.incrementAndGet();
        }
    }

    @Override
    public void close() {
        streams.forEach(stream -> stream.cancel(true));
        executor.shutdownNow();
        http.shutdownNow();
    }

    /** One stream's lines, each benchmark event timed. */
    private final class Lines implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:")) {
                onData(line);
            }
        }

        @Override
        public void onError(Throwable error) {
            ended();
        }

        @Override
        public void onComplete() {
            ended();
        }

        private void ended() {
            open.decrementAndGet();
            dropped.incrementAndGet();
        }
    }
}
