package io.evzone.simulator.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Notification's own count of sends per channel and outcome, from its Prometheus endpoint. */
final class NotificationMeters {

    private static final String SENDS = "evzone_notification_sends_total";
    private static final String[] CHANNELS = {"IN_APP", "EMAIL", "PUSH"};
    private static final String[] OUTCOMES = {"sent", "rejected", "skipped", "retryable"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI prometheus;

    NotificationMeters(URI notificationApi) {
        this.prometheus = notificationApi.resolve("/actuator/prometheus");
    }

    /** Sends so far, keyed {@code "sends EMAIL sent"}; empty when the endpoint cannot be read. */
    Map<String, Long> sends() {
        Map<String, Long> counts = new LinkedHashMap<>();
        String text = scrape();
        if (text == null) {
            return counts;
        }
        for (String channel : CHANNELS) {
            for (String outcome : OUTCOMES) {
                long count = PrometheusText.sum(text, SENDS, "channel=\"" + channel + "\",outcome=\"" + outcome + "\"");
                counts.put("sends " + channel + " " + outcome, Math.max(0, count));
            }
        }
        return counts;
    }

    private String scrape() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(prometheus)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
