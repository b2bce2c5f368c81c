package io.evzone.launcher;

import io.evzone.platform.test.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One operation of a service's OpenAPI document, as the service serves it at /api/docs.json.
 *
 * @param method lower case, as in the document
 * @param template the path with its {@code {parameters}}
 * @param definition the operation's part of the document
 */
record DocumentedOperation(RunningPlatform.ReadyService service, String method, String template, JsonNode definition) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<DocumentedOperation> of(List<RunningPlatform.ReadyService> services) {
        List<DocumentedOperation> operations = new ArrayList<>();
        for (RunningPlatform.ReadyService service : services) {
            JsonNode paths = JSON.readTree(
                            new TestHttp(service.port()).get("/api/docs.json").body())
                    .path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (METHODS.contains(operation.getKey())) {
                        operations.add(new DocumentedOperation(
                                service, operation.getKey(), path.getKey(), operation.getValue()));
                    }
                }
            }
        }
        return operations;
    }

    /** The path with every parameter filled in with the same made-up id. */
    String anyPath() {
        return template.replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
    }

    /** Whether it answers with a server-sent event stream, which stays open after its status. */
    boolean streamsEvents() {
        for (JsonNode response : definition.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return service.name() + " " + method.toUpperCase() + " " + template;
    }
}
