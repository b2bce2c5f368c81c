package io.evzone.platform.commands;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.platform.messaging.ChargerCommandJson;
import io.evzone.platform.web.ApiException;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a REST body as the command record of the operation named in the path. A body the record refuses is a 400
 * naming the field: unknown fields, wrong types, and the record's own checks ({@code evseId: must be at least 1}).
 */
public final class CommandBodies {

    private final JsonMapper json;

    public CommandBodies(JsonMapper json) {
        this.json = json;
    }

    /** @throws ApiException 400 naming the operation or the field */
    public ChargerCommand read(String operation, JsonNode body) {
        Class<? extends ChargerCommand> type = ChargerCommand.byOperation(operation)
                .orElseThrow(() -> ApiException.badRequest("operation: '" + operation + "' is not one of "
                        + String.join(", ", ChargerCommand.operations())));
        return read(type, body);
    }

    public <T extends ChargerCommand> T read(Class<T> type, JsonNode body) {
        if (body != null && !body.isNull() && !body.isObject()) {
            throw ApiException.badRequest("body: a JSON object is expected");
        }
        ObjectNode fields = body == null || body.isNull() ? json.createObjectNode() : ((ObjectNode) body).deepCopy();
        fields.put(ChargerCommandJson.OPERATION, ChargerCommand.operationOf(type));
        try {
            return type.cast(json.treeToValue(fields, ChargerCommand.class));
        } catch (JacksonException e) {
            throw ApiException.badRequest(problem(e));
        }
    }

    private static String problem(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
                return refused.getMessage();
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknown.getPropertyName() + ": not a field of this command";
        }
        if (e instanceof DatabindException bad && !(e instanceof ValueInstantiationException)) {
            String path = bad.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return (path.isEmpty() ? "body" : path) + ": not of the documented type or value";
        }
        return "body: not of the documented shape";
    }
}
