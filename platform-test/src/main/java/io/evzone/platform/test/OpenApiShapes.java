package io.evzone.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a service's OpenAPI document for operations that leave a client guessing: no success answer,
 * a success answer with a body but no schema, or an error answer not documented as problem+json. A
 * body needs no schema where none can say more: 204, a 202 without content, a server-sent event
 * stream, a PDF.
 */
public final class OpenApiShapes {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> OPAQUE_MEDIA = Set.of("text/event-stream", "application/pdf");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiShapes() {}

    /** The gaps in the document a service serves at {@code /api/docs.json} on {@code port}. */
    public static List<String> undocumented(int port) {
        return undocumented(
                JSON.readTree(new TestHttp(port).get("/api/docs.json").body()));
    }

    /** One line per gap, such as {@code GET /api/v1/stations/{id}: 200 without a schema}. */
    public static List<String> undocumented(JsonNode document) {
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                    check(name, operation.getValue().path("responses"), gaps);
                }
            }
        }
        return gaps;
    }

    private static void check(String operation, JsonNode responses, List<String> gaps) {
        boolean success = false;
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            String code = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (code.startsWith("2")) {
                success = true;
                if (!bodiless(code, content) && !hasSchema(content)) {
                    gaps.add(operation + ": " + code + " without a schema");
                }
            } else if ((code.startsWith("4") || code.startsWith("5")) && !content.has("application/problem+json")) {
                gaps.add(operation + ": " + code + " not problem+json");
            }
        }
        if (!success) {
            gaps.add(operation + ": no success answer");
        }
    }

    private static boolean bodiless(String code, JsonNode content) {
        if (code.equals("204") || code.equals("202") && content.isMissingNode()) {
            return true;
        }
        return content.isObject()
                && !content.isEmpty()
                && content.propertyNames().stream().allMatch(OPAQUE_MEDIA::contains);
    }

    private static boolean hasSchema(JsonNode content) {
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            JsonNode schema = media.getValue().path("schema");
            if (schema.has("$ref") || schema.has("type") || schema.has("oneOf") || schema.has("items")) {
                return true;
            }
        }
        return false;
    }
}
