package io.evzone.launcher;

import io.evzone.platform.test.TestHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the edge's route table against the services' OpenAPI documents: every documented operation
 * of every service, called through the edge, gets the answer the service itself gives (so it reached
 * that service, not the edge's 404 or another service), and no method and path is claimed by two
 * services.
 */
final class RouteWalker {

    /**
     * Operations that two services still document, with the one that is not the public owner: the
     * gateway's command API duplicates the station service's until it moves under /api/v1/ocpp. The
     * edge sends these paths to the station service. Remove an entry when the duplicate goes.
     */
    record Finding(String operation, int direct, int throughEdge, String edgeBody) {}

    private final List<DocumentedOperation> operations;
    private final TestHttp edge;
    private final int edgePort;

    RouteWalker(List<RunningPlatform.ReadyService> services, int edgePort) {
        this.operations = DocumentedOperation.of(services);
        this.edge = new TestHttp(edgePort);
        this.edgePort = edgePort;
    }

    List<DocumentedOperation> operations() {
        return operations;
    }

    /** "METHOD path" claimed by more than one service, with the services. */
    Map<String, List<String>> duplicates() {
        Map<String, List<String>> owners = new TreeMap<>();
        for (DocumentedOperation operation : operations) {
            owners.computeIfAbsent(key(operation), key -> new ArrayList<>())
                    .add(operation.service().name());
        }
        owners.values().removeIf(claimants -> claimants.size() < 2);
        return owners;
    }

    /** Operations the edge does not pass to the service that documents them. */
    List<Finding> walk(String... headers) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentedOperation operation : operations) {
            if (operation.streamsEvents()) {
                int direct = streamStatus(operation.service().port(), operation.anyPath(), headers);
                int routed = streamStatus(edgePort, operation.anyPath(), headers);
                if (routed != direct || routed >= 502 && routed <= 504) {
                    findings.add(new Finding(operation.toString(), direct, routed, "(event stream)"));
                }
                continue;
            }
            TestHttp direct = new TestHttp(operation.service().port());
            int directStatus = call(direct, operation.method(), operation.anyPath(), headers)
                    .statusCode();
            HttpResponse<String> routed = call(edge, operation.method(), operation.anyPath(), headers);
            boolean edgeOwnAnswer = routed.statusCode() >= 502 && routed.statusCode() <= 504
                    || routed.body().contains("problems/no-route");
            if (edgeOwnAnswer || routed.statusCode() != directStatus) {
                findings.add(new Finding(operation.toString(), directStatus, routed.statusCode(), routed.body()));
            }
        }
        return findings;
    }

    /** The status of a GET whose answer is an event stream: read once the headers arrive, then the stream is left. */
    private static int streamStatus(int port, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpClient client = HttpClient.newHttpClient();
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            client.shutdownNow();
        }
    }

    private static String key(DocumentedOperation operation) {
        return operation.method().toUpperCase() + " " + operation.template().replaceAll("\\{[^}]+}", "{}");
    }

    static HttpResponse<String> call(TestHttp http, String method, String path, String... headers) {
        return switch (method) {
            case "get" -> http.get(path, headers);
            case "delete" -> http.delete(path, headers);
            case "post" -> http.post(path, "{}", headers);
            case "put" -> http.put(path, "{}", headers);
            default -> http.patch(path, "{}", headers);
        };
    }
}
