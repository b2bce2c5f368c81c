package io.evzone.launcher;

import io.evzone.platform.test.TestHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    static final Set<String> KNOWN_DUPLICATES = Set.of(
            "ocpp-gateway GET /api/v1/commands",
            "ocpp-gateway GET /api/v1/commands/{}",
            "ocpp-gateway POST /api/v1/charge-points/{}/commands/{}");

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String ANY_ID = "00000000-0000-4000-8000-000000000000";

    record Operation(String service, String method, String template) {

        String key() {
            return method.toUpperCase() + " " + template.replaceAll("\\{[^}]+}", "{}");
        }

        boolean knownDuplicate() {
            return KNOWN_DUPLICATES.contains(service + " " + key());
        }
    }

    record Finding(Operation operation, int direct, int throughEdge, String edgeBody) {}

    private final List<RunningPlatform.ReadyService> services;
    private final TestHttp edge;
    private final JsonMapper json = JsonMapper.builder().build();

    RouteWalker(List<RunningPlatform.ReadyService> services, int edgePort) {
        this.services = services;
        this.edge = new TestHttp(edgePort);
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (RunningPlatform.ReadyService service : services) {
            JsonNode paths = json.readTree(new TestHttp(service.port()).get("/api/docs.json").body())
                    .path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (METHODS.contains(operation.getKey())) {
                        operations.add(new Operation(service.name(), operation.getKey(), path.getKey()));
                    }
                }
            }
        }
        return operations;
    }

    /** "METHOD path" claimed by more than one service (known duplicates left out), with the services. */
    Map<String, List<String>> duplicates() {
        Map<String, List<String>> owners = new TreeMap<>();
        for (Operation operation : operations()) {
            if (!operation.knownDuplicate()) {
                owners.computeIfAbsent(operation.key(), key -> new ArrayList<>())
                        .add(operation.service());
            }
        }
        owners.values().removeIf(claimants -> claimants.size() < 2);
        return owners;
    }

    /** Operations the edge does not pass to the service that documents them. */
    List<Finding> walk(String... headers) {
        List<Finding> findings = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.knownDuplicate()) {
                continue;
            }
            String path = operation.template().replaceAll("\\{[^}]+}", ANY_ID);
            int direct = call(new TestHttp(portOf(operation.service())), operation.method(), path, headers)
                    .statusCode();
            HttpResponse<String> routed = call(edge, operation.method(), path, headers);
            boolean edgeOwnAnswer = routed.statusCode() >= 502 && routed.statusCode() <= 504
                    || routed.body().contains("problems/no-route");
            if (edgeOwnAnswer || routed.statusCode() != direct) {
                findings.add(new Finding(operation, direct, routed.statusCode(), routed.body()));
            }
        }
        return findings;
    }

    private int portOf(String service) {
        return services.stream()
                .filter(s -> s.name().equals(service))
                .findFirst()
                .orElseThrow()
                .port();
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
