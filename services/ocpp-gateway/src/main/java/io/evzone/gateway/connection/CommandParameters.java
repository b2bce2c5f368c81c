package io.evzone.gateway.connection;

import io.evzone.ocpp.codec.ActionDefinition;
import io.evzone.ocpp.codec.ActionRegistry;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.schema.SchemaViolation;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading a version-neutral command's parameters, and the checks every command passes before it is
 * sent: a known CSMS-initiated action of the charger's version and a payload its schema accepts.
 */
public final class CommandParameters {

    private final JsonNode parameters;

    public CommandParameters(JsonNode parameters) {
        this.parameters =
                parameters == null || parameters.isNull() ? OcppJson.mapper().createObjectNode() : parameters;
    }

    /**
     * The neutral name ({@code REMOTE_START}) of an action written as {@code remote-start} or
     * {@code REMOTE_START}; empty for an OCPP action name such as {@code RemoteStartTransaction}.
     */
    public static Optional<String> neutralName(String action) {
        boolean pascal = !action.isEmpty()
                && Character.isUpperCase(action.charAt(0))
                && !action.equals(action.toUpperCase(Locale.ROOT));
        return pascal
                ? Optional.empty()
                : Optional.of(action.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public static ObjectNode object() {
        return OcppJson.mapper().createObjectNode();
    }

    public static ArrayNode array() {
        return OcppJson.mapper().createArrayNode();
    }

    public JsonNode raw() {
        return parameters;
    }

    public boolean has(String name) {
        JsonNode value = parameters.get(name);
        return value != null && !value.isNull();
    }

    public JsonNode node(String name) {
        return parameters.get(name);
    }

    public String text(String name) {
        if (!has(name)) {
            throw new InvalidCommandException("parameter '" + name + "' is required");
        }
        return parameters.get(name).asString();
    }

    public String text(String name, String otherwise) {
        return has(name) ? parameters.get(name).asString() : otherwise;
    }

    public int integer(String name) {
        if (!has(name) || !parameters.get(name).canConvertToInt()) {
            throw new InvalidCommandException("parameter '" + name + "' must be an integer");
        }
        return parameters.get(name).asInt();
    }

    public Integer integer(String name, Integer otherwise) {
        return has(name) ? Integer.valueOf(integer(name)) : otherwise;
    }

    /** {@code idToken} given as a string or as {@code {value|idToken, type}}. */
    public String idTokenValue(String name) {
        JsonNode token = parameters.get(name);
        if (token != null && token.isObject()) {
            JsonNode value = token.has("value") ? token.get("value") : token.get("idToken");
            if (value != null && value.isString()) {
                return value.asString();
            }
        }
        return text(name);
    }

    public String idTokenType(String name, String otherwise) {
        JsonNode token = parameters.get(name);
        return token != null && token.isObject() && token.has("type")
                ? token.get("type").asString()
                : otherwise;
    }

    public static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
    }

    /**
     * Checks an OCPP action and payload the CSMS is about to send.
     *
     * @throws InvalidCommandException when the action is unknown, not CSMS-initiated, or the payload breaks its schema
     */
    public static OcppCommand validated(ActionRegistry<?, ?> actions, String action, JsonNode payload) {
        ActionDefinition<?, ?> definition = actions.find(action)
                .orElseThrow(() -> new InvalidCommandException(action + " is not an action of OCPP "
                        + actions.version().subprotocol()));
        if (!definition.direction().isSentBy(io.evzone.ocpp.Role.CSMS)) {
            throw new InvalidCommandException(action + " is sent by the charger, not by the CSMS");
        }
        if (payload == null || !payload.isObject()) {
            throw new InvalidCommandException("the payload of " + action + " must be a JSON object");
        }
        Optional<SchemaViolation> violation = definition.requestSchema().validate(payload);
        if (violation.isPresent()) {
            throw new InvalidCommandException(action + ": " + violation.get().description());
        }
        return new OcppCommand(action, (ObjectNode) payload);
    }
}
