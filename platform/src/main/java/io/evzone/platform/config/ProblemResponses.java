package io.evzone.platform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;

/**
 * Documents every operation's error shape: the {@code Problem} schema (RFC 9457 with the members the
 * web clients read) as {@code application/problem+json} on each error response an operation names,
 * and the errors every operation can give: 400 (malformed or invalid input), 401 and 403 unless it is
 * public, 404 when its path names a resource, and 429. {@link OpenApiAccessCustomizer} calls it once
 * it has marked the public operations.
 */
final class ProblemResponses {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private ProblemResponses() {}

    static void document(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            boolean namesResource = path.getKey().contains("{");
            for (Operation operation : path.getValue().readOperations()) {
                document(operation, namesResource);
            }
        }
    }

    private static void document(Operation operation, boolean namesResource) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean isPublic = operation.getExtensions() != null
                && "public".equals(operation.getExtensions().get(OpenApiAccessCustomizer.EXTENSION));
        addIfMissing(responses, "400", "Malformed or invalid input; the problem names the field");
        if (!isPublic) {
            addIfMissing(responses, "401", "No valid access token (Bearer header or evzone_access_token cookie)");
            addIfMissing(responses, "403", "Signed in without the permission, or outside the organization");
        }
        if (namesResource) {
            addIfMissing(responses, "404", "No such resource visible to the caller");
        }
        addIfMissing(responses, "429", "Too many requests; Retry-After says when to try again");
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
            }
        });
    }

    private static void addIfMissing(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, with the members the EVZone web clients read")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("statusCode", new IntegerSchema().description("the HTTP status, as the clients read it"))
                .addProperty(
                        "message",
                        new Schema<>()
                                .description(
                                        "what went wrong: a text, or for validation a list of texts, one per field")
                                .oneOf(List.of(new StringSchema(), new ArraySchema().items(new StringSchema()))))
                .addProperty("error", new StringSchema().description("the status's reason phrase"))
                .addProperty("correlationId", new StringSchema().description("the request's X-Correlation-Id"));
    }
}
