package io.evzone.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads every service's OpenAPI document for operations that leave a client guessing: a success
 * answer with a body but no schema, or an error answer that is not documented as problem+json.
 */
final class ResponseShapes {

    List<String> undocumented(List<RunningPlatform.ReadyService> services) {
        List<String> gaps = new ArrayList<>();
        for (DocumentedOperation operation : DocumentedOperation.of(services)) {
            check(operation.toString(), operation.definition().path("responses"), gaps);
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
                boolean bodiless = code.equals("204") || code.equals("202") && content.isMissingNode();
                if (!bodiless && !hasSchema(content)) {
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
