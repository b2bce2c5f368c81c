package io.evzone.platform.config;

import io.evzone.platform.security.EarlyAuthorizationInterceptor;
import io.evzone.platform.security.PublicEndpoints;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Documents who may call each operation, in its description and as the {@code x-evzone-access}
 * extension: {@code public}, {@code authenticated}, or the permission rule. Tests walk every
 * service's document with it to prove each operation refuses the callers it should.
 */
public class OpenApiAccessCustomizer implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    public static final String EXTENSION = "x-evzone-access";
    private final List<PublicEndpoints> publicEndpoints;

    public OpenApiAccessCustomizer(List<PublicEndpoints> publicEndpoints) {
        this.publicEndpoints = publicEndpoints;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        String rule = EarlyAuthorizationInterceptor.ruleOf(handlerMethod);
        String access = rule == null ? "authenticated" : rule;
        operation.addExtension(EXTENSION, access);
        String note = rule == null ? "Requires a signed-in caller." : "Requires: `" + rule + "`.";
        operation.setDescription(
                operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
        SuccessResponses.document(operation, handlerMethod);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) -> {
                if (isPublic(HttpMethod.valueOf(method.name()), path.getKey())) {
                    operation.addExtension(EXTENSION, "public");
                    operation.setSecurity(List.of());
                }
            });
        }
        ProblemResponses.document(openApi);
    }

    private boolean isPublic(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicEndpoints.stream()
                .flatMap(p -> p.endpoints().stream())
                .anyMatch(endpoint -> endpoint.method().equals(method)
                        && PathPatternParser.defaultInstance
                                .parse(endpoint.pattern())
                                .matches(container));
    }
}
