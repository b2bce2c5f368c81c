package io.evzone.ocpp.codec;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.schema.JsonSchema;
import io.evzone.ocpp.schema.SchemaViolation;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Payload JSON to typed message and back, with the official schema checked on the way. */
final class TypedPayloads {
    private final OcppVersion version;
    private final JsonMapper mapper = OcppJson.mapper();

    TypedPayloads(OcppVersion version) {
        this.version = version;
    }

    /** Validates, then binds: only a payload that conforms becomes a message. */
    <T> Decoded<T> read(JsonSchema schema, ObjectNode payload, Class<? extends T> type) {
        // OCPP 2.0.1 Part 4 §4.1.2: a receiver may reject messages that do not conform to the JSON schemas;
        // §4.1.7: required fields present, all data of the correct type, or a CALLERROR.
        Optional<SchemaViolation> violation = schema.validate(payload);
        if (violation.isPresent()) {
            return invalid(violation.get().fault(), violation.get().description());
        }
        try {
            T message = mapper.treeToValue(payload, type);
            return new Decoded.Valid<>(message);
        } catch (JacksonException | IllegalArgumentException e) {
            // The schema accepted it, so the generated type should too: this is our failure, not the sender's.
            return invalid(Fault.INTERNAL, "could not bind " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Serializes a message, validating it if asked.
     *
     * @throws OcppEncodingException if validation is on and the message breaks its schema
     */
    ObjectNode write(JsonSchema schema, Object message, String action, boolean validate) {
        ObjectNode payload = mapper.valueToTree(message);
        if (validate) {
            schema.validate(payload).ifPresent(violation -> {
                throw new OcppEncodingException(action, violation);
            });
        }
        return payload;
    }

    <T> Decoded<T> invalid(Fault fault, String description) {
        return new Decoded.Invalid<>(fault, version.errorCode(fault), description);
    }
}
