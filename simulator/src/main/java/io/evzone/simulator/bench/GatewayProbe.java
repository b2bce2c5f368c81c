package io.evzone.simulator.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The gateway's memory: heap and resident set from its Prometheus endpoint, or the resident set from
 * {@code /proc/PID/status}. In the single-JVM launcher these are the whole platform's numbers.
 */
final class GatewayProbe {
    private final URI metrics;
    private final long pid;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private long peakHeap = -1;
    private long peakRss = -1;
    private String problem;

    GatewayProbe(URI metrics, long pid) {
        this.metrics = metrics;
        this.pid = pid;
    }

    /** Memory now, in bytes (-1 when unknown). */
    record Memory(long heapBytes, long rssBytes) {}

    Memory sample() {
        long heap = -1;
        long rss = -1;
        if (metrics != null) {
            try {
                var response = http.send(
                        HttpRequest.newBuilder(metrics)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    heap = PrometheusText.sum(response.body(), "jvm_memory_used_bytes", "area=\"heap\"");
                    rss = PrometheusText.sum(response.body(), "process_resident_memory_bytes", null);
                } else {
                    problem = metrics + " answered HTTP " + response.statusCode();
                }
            } catch (IOException e) {
                problem = metrics + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pid > 0) {
            rss = procRss(pid);
        }
        peakHeap = Math.max(peakHeap, heap);
        peakRss = Math.max(peakRss, rss);
        return new Memory(heap, rss);
    }

    static long procRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    long peakHeap() {
        return peakHeap;
    }

    long peakRss() {
        return peakRss;
    }

    String problem() {
        return problem;
    }
}
