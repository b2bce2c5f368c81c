package io.evzone.simulator.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backlog of N completed sessions with meter readings is published to {@code session.events.v1} as the session
 * service would, for a fresh organization whose time-of-use tariff billing was given first through its API; the
 * clock runs until billing has published {@code SessionPriced} for every one on {@code billing.events.v1}. Reports
 * sessions priced per second, publish-to-priced latency and whether each session was priced exactly once.
 */
final class PricingWorkload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PricingWorkload() {}

    static void run(BenchRun bench, PricingBenchSettings settings) throws InterruptedException {
        if (settings == null) {
            bench.notes.add("pricing: not run; it needs the billing API, Kafka and the token secret");
            return;
        }
        int sessions = bench.options.chargers();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String organization = "bench-pricing-" + run;
        String token = new BenchTokens(settings.jwtSecret(), Duration.ofHours(2))
                .organizationMember(organization, List.of("billing.manage", "billing.read"));
        try {
            createTariff(settings.billingApi(), token, organization);
        } catch (IOException e) {
            bench.notes.add("billing: " + e.getMessage());
            return;
        }
        Instant firstStart = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        try (var feed = new DomainEventFeed(settings.kafkaBrokers());
                var watch = new PricedSessionsWatch(settings.kafkaBrokers(), run, sessions)) {
            var backlog = new SessionBacklog(feed, organization, run, firstStart);
            bench.cpu.coresSinceLast();
            long start = System.nanoTime();
            for (int sequence = 0; sequence < sessions; sequence++) {
                backlog.publish(sequence);
                watch.stopPublished(sequence);
            }
            feed.flush();
            double published = (System.nanoTime() - start) / 1e9;
            double drained = BenchRun.waitFor(() -> watch.distinct() >= sessions, bench.options.duration(), start);
            report(bench, watch, sessions, published, drained, (System.nanoTime() - start) / 1e9);
            bench.generator(bench.cpu.coresSinceLast());
        }
    }

    private static void createTariff(URI billing, String token, String organization)
            throws IOException, InterruptedException {
        String tariff = """
                {"name":"Bench time of use","currency":"UGX","effectiveFrom":"2020-01-01T00:00:00Z",
                 "elements":[
                   {"priceComponents":[{"type":"ENERGY","price":1500,"vat":18}],
                    "restrictions":{"startTime":"18:00","endTime":"22:00"}},
                   {"priceComponents":[{"type":"ENERGY","price":1000,"vat":18}]}],
                 "assignments":[{"scope":"ORGANIZATION","targetId":"%s"}]}""".formatted(organization);
        String created = post(billing, token, "/api/v1/tariffs", tariff, 201);
        String id = JSON.readTree(created).path("id").asString();
        post(billing, token, "/api/v1/tariffs/" + id + "/activate", "", 200);
    }

    private static String post(URI billing, String token, String path, String body, int expected)
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(billing.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IOException("POST " + path + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }
    }

    private static void report(
            BenchRun bench, PricedSessionsWatch watch, int sessions, double published, double drained, double end) {
        var metrics = bench.metrics;
        long priced = watch.distinct();
        metrics.put("sessions in the backlog", sessions);
        metrics.put("events published", (long) sessions * (SessionBacklog.READINGS + 2));
        metrics.put("seconds to publish", BenchRun.round(published, 3));
        metrics.put("sessions priced (distinct ids)", priced);
        metrics.put("seconds until all priced", BenchRun.seconds(drained));
        double window = drained < 0 ? end : drained;
        metrics.put("sessions priced/s", BenchRun.round(priced / window, 1));
        metrics.put("duplicate prices", watch.duplicates());
        metrics.put("prices with a zero total", watch.zeroTotals());
        Histogram latency = watch.latencyMicros();
        metrics.put("publish to priced p50 s", BenchRun.round(latency.getValueAtPercentile(50) / 1e6, 3));
        metrics.put("publish to priced p99 s", BenchRun.round(latency.getValueAtPercentile(99) / 1e6, 3));
        metrics.put("publish to priced max s", BenchRun.round(latency.getMaxValue() / 1e6, 3));
        metrics.put("each session priced exactly once", priced == sessions && watch.duplicates() == 0);
    }
}
