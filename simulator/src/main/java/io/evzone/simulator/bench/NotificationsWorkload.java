package io.evzone.simulator.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * N browsers hold their users' server-sent event streams open while payments (billing's {@code PaymentSucceeded})
 * are published to Kafka at a fixed rate, each to one user: every event is one in-app message, one email to the
 * local mail catcher and one server-sent event per stream of its user. Measures the time from the event's
 * publication to its arrival on each stream, and what notification sent per channel.
 */
final class NotificationsWorkload {

    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(120);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(120);

    private NotificationsWorkload() {}

    static void run(BenchRun bench, NotificationBenchSettings settings) throws InterruptedException {
        if (settings == null) {
            bench.notes.add("notifications: not run; it needs the notification API, Kafka and the token secret");
            return;
        }
        BenchOptions options = bench.options;
        int clients = options.chargers();
        int users = Math.max(1, (clients + settings.streamsPerUser() - 1) / settings.streamsPerUser());
        int events = (int) Math.round(options.rate() * options.duration().toSeconds());
        List<String> userIds = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            userIds.add(UUID.randomUUID().toString());
        }
        var meters = new NotificationMeters(settings.notificationApi());
        var tokens = new BenchTokens(settings.jwtSecret(), options.duration().plusHours(1));
        try (var feed = new DomainEventFeed(settings.kafkaBrokers());
                var streams = new SseClients(settings.notificationApi(), events + 1)) {
            userIds.forEach(user -> feed.userRegistered(user, emailOf(user)));
            feed.flush();
            long connectStart = System.nanoTime();
            connect(streams, tokens, userIds, clients, settings.connectRate());
            double connected = BenchRun.waitFor(
                    () -> streams.openStreams() + streams.refused() >= clients, CONNECT_LIMIT, connectStart);
            bench.metrics.put("users", users);
            bench.metrics.put("streams per user", settings.streamsPerUser());
            bench.metrics.put("SSE streams open", streams.openStreams());
            bench.metrics.put("SSE streams refused", streams.refused());
            bench.metrics.put("seconds to open the streams", BenchRun.seconds(connected));
            Map<String, Long> before = meters.sends();
            bench.cpu.coresSinceLast();
            long start = System.nanoTime();
            publish(feed, streams, userIds, events, options.rate());
            double publishSeconds = (System.nanoTime() - start) / 1e9;
            long expected = expectedMessages(events, users, clients);
            double drained = BenchRun.waitFor(() -> streams.received() >= expected, DRAIN_LIMIT, start);
            double cores = bench.cpu.coresSinceLast();
            report(bench, streams, events, expected, publishSeconds, drained);
            Map<String, Long> after = meters.sends();
            after.forEach((key, count) -> bench.metrics.put(key, count - before.getOrDefault(key, 0L)));
            if (after.isEmpty()) {
                bench.notes.add("notification's send counters unreadable at " + settings.notificationApi());
            }
            bench.generator(cores);
        }
    }

    private static void connect(
            SseClients streams, BenchTokens tokens, List<String> userIds, int clients, double perSecond) {
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            String user = userIds.get(i % userIds.size());
            LockSupport.parkNanos(start + (long) (i * 1e9 / perSecond) - System.nanoTime());
            streams.open(tokens.driver(user, emailOf(user)));
        }
    }

    private static void publish(
            DomainEventFeed feed, SseClients streams, List<String> userIds, int events, double perSecond) {
        long start = System.nanoTime();
        for (int sequence = 1; sequence <= events; sequence++) {
            LockSupport.parkNanos(start + (long) ((sequence - 1) * 1e9 / perSecond) - System.nanoTime());
            streams.published(sequence);
            feed.paymentSucceeded(userIds.get(sequence % userIds.size()), sequence);
        }
        feed.flush();
    }

    /** Each event reaches every stream of its user; streams are dealt out to users in turn. */
    static long expectedMessages(int events, int users, int clients) {
        long total = 0;
        for (int sequence = 1; sequence <= events; sequence++) {
            int user = sequence % users;
            total += clients / users + (user < clients % users ? 1 : 0);
        }
        return total;
    }

    private static void report(
            BenchRun bench, SseClients streams, int events, long expected, double publishSeconds, double drained) {
        Histogram latency = streams.latencies();
        Map<String, Object> metrics = bench.metrics;
        metrics.put("events published", events);
        metrics.put("events published/s", BenchRun.round(events / publishSeconds, 1));
        metrics.put("SSE messages expected", expected);
        metrics.put("SSE messages received", streams.received());
        metrics.put("seconds until all received", BenchRun.seconds(drained));
        double window = drained < 0 ? (DRAIN_LIMIT.toSeconds() + publishSeconds) : drained;
        metrics.put("SSE messages/s (publication to last arrival)", BenchRun.round(streams.received() / window, 1));
        metrics.put("event to SSE p50 ms", ms(latency.getValueAtPercentile(50)));
        metrics.put("event to SSE p95 ms", ms(latency.getValueAtPercentile(95)));
        metrics.put("event to SSE p99 ms", ms(latency.getValueAtPercentile(99)));
        metrics.put("event to SSE max ms", ms(latency.getMaxValue()));
        metrics.put("SSE streams dropped", streams.dropped());
    }

    private static double ms(long micros) {
        return BenchRun.round(micros / 1000.0, 1);
    }

    private static String emailOf(String userId) {
        return "bench-" + userId + "@bench.evzone.test";
    }
}
