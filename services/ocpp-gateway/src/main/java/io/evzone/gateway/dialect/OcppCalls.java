package io.evzone.gateway.dialect;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.RawOcpp;
import io.evzone.gateway.rpc.InvalidCommandException;
import io.evzone.gateway.rpc.OcppCommand;
import io.evzone.gateway.rpc.Translation;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.ActionDefinition;
import io.evzone.ocpp.codec.ActionRegistry;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.schema.SchemaViolation;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one version's generated request records (or a raw OCPP payload) into the CALL to send, after the checks every
 * command passes: a CSMS-initiated action of the version and a payload its official schema accepts.
 */
public final class OcppCalls {

    private final ActionRegistry<?, ?> actions;

    public OcppCalls(ActionRegistry<?, ?> actions) {
        this.actions = actions;
    }

    /** A generated request record of this version as the CALL to send. */
    public Translation send(Object request) {
        String action = actions.forMessageType(request.getClass()).name();
        return new Translation.Send(validated(action, OcppJson.mapper().valueToTree(request)));
    }

    /** An administrator's raw CALL; an action this version does not have is not in this version. */
    public Translation raw(RawOcpp raw) {
        if (actions.find(raw.action()).isEmpty()) {
            return notInThisVersion(
                    raw,
                    raw.action() + " is not an action of OCPP "
                            + actions.version().subprotocol());
        }
        return new Translation.Send(validated(raw.action(), OcppJson.mapper().valueToTree(raw.payload())));
    }

    public Translation notInThisVersion(ChargerCommand command, String why) {
        return new Translation.NotInThisVersion(
                command.operation() + " is not in OCPP " + actions.version().subprotocol() + ": " + why);
    }

    public static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
    }

    /** @throws InvalidCommandException naming the field */
    public static InvalidCommandException invalid(String message) {
        return new InvalidCommandException(message);
    }

    /**
     * @throws InvalidCommandException when the action is unknown, not CSMS-initiated, or the payload breaks its schema
     */
    private OcppCommand validated(String action, JsonNode payload) {
        ActionDefinition<?, ?> definition = actions.find(action)
                .orElseThrow(() -> invalid(action + " is not an action of OCPP "
                        + actions.version().subprotocol()));
        if (!definition.direction().isSentBy(Role.CSMS)) {
            throw invalid(action + " is sent by the charger, not by the CSMS");
        }
        if (payload == null || !payload.isObject()) {
            throw invalid("the payload of " + action + " must be a JSON object");
        }
        Optional<SchemaViolation> violation = definition.requestSchema().validate(payload);
        if (violation.isPresent()) {
            throw invalid(action + ": " + violation.get().description());
        }
        return new OcppCommand(action, (ObjectNode) payload);
    }
}
