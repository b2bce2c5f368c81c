package io.evzone.launcher;

import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks every operation in every service's OpenAPI document and calls it twice: anonymously, which
 * must give 401 unless the operation is documented public, and with a valid token that holds no
 * permission, which must give 403 wherever the operation names a permission rule.
 */
final class EndpointAccessWalker {

    private final List<RunningPlatform.ReadyService> services;
    private final String powerless = TestTokens.token("walker-user", "walker-org", "nobody", Set.of());

    EndpointAccessWalker(List<RunningPlatform.ReadyService> services) {
        this.services = services;
    }

    record Finding(String service, String method, String path, String caller, int status) {}

    List<Finding> walk() {
        List<Finding> findings = new ArrayList<>();
        for (DocumentedOperation operation : DocumentedOperation.of(services)) {
            check(operation, findings);
        }
        return findings;
    }

    private void check(DocumentedOperation operation, List<Finding> findings) {
        String access = operation.definition().path("x-evzone-access").asString("authenticated");
        if ("public".equals(access)) {
            return;
        }
        TestHttp http = new TestHttp(operation.service().port());
        String service = operation.service().name();
        String method = operation.method();
        String path = operation.anyPath();
        int anonymous = RouteWalker.call(http, method, path).statusCode();
        if (anonymous != 401) {
            findings.add(new Finding(service, method, operation.template(), "anonymous", anonymous));
        }
        if (access.contains("Authority") || access.contains("Role")) {
            int unauthorized = RouteWalker.call(http, method, path, TestHttp.bearer(powerless))
                    .statusCode();
            if (unauthorized != 403) {
                findings.add(new Finding(service, method, operation.template(), "without permission", unauthorized));
            }
        }
    }
}
