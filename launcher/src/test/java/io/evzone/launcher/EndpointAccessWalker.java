package io.evzone.launcher;

import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every operation in every service's OpenAPI document and calls it twice: anonymously, which
 * must give 401 unless the operation is documented public, and with a valid token that holds no
 * permission, which must give 403 wherever the operation names a permission rule.
 */
final class EndpointAccessWalker {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String ANY_ID = "00000000-0000-4000-8000-000000000000";

    private final List<RunningPlatform.ReadyService> services;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String powerless = TestTokens.token("walker-user", "walker-org", "nobody", Set.of());

    EndpointAccessWalker(List<RunningPlatform.ReadyService> services) {
        this.services = services;
    }

    record Finding(String service, String method, String path, String caller, int status) {}

    List<Finding> walk() {
        List<Finding> findings = new ArrayList<>();
        for (RunningPlatform.ReadyService service : services) {
            TestHttp http = new TestHttp(service.port());
            JsonNode paths = json.readTree(http.get("/api/docs.json").body()).path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (METHODS.contains(operation.getKey())) {
                        check(http, service.name(), operation.getKey(), path.getKey(), operation.getValue(), findings);
                    }
                }
            }
        }
        return findings;
    }

    private void check(
            TestHttp http, String service, String method, String template, JsonNode operation, List<Finding> findings) {
        String access = operation.path("x-evzone-access").asString("authenticated");
        if ("public".equals(access)) {
            return;
        }
        String path = template.replaceAll("\\{[^}]+}", ANY_ID);
        int anonymous = RouteWalker.call(http, method, path).statusCode();
        if (anonymous != 401) {
            findings.add(new Finding(service, method, template, "anonymous", anonymous));
        }
        if (access.contains("Authority") || access.contains("Role")) {
            int unauthorized =
                    RouteWalker.call(http, method, path, TestHttp.bearer(powerless)).statusCode();
            if (unauthorized != 403) {
                findings.add(new Finding(service, method, template, "without permission", unauthorized));
            }
        }
    }
}
