package io.evzone.simulator.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

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

    /**
     * Heap in use right after a full collection of the gateway's JVM ({@code jcmd PID GC.run}), that
     * is the live data without garbage waiting to be collected; -1 without a PID or metrics endpoint.
     */
    long heapAfterFullGc() {
        if (pid <= 0 || metrics == null) {
            return -1;
        }
        try {
            Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java"))
                    .resolveSibling("jcmd");
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                problem = "jcmd " + pid + " GC.run failed";
                return -1;
            }
            return sample().heapBytes();
        } catch (IOException e) {
            problem = "jcmd: " + e.getMessage();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
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
