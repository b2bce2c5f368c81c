package io.evzone.ocpp.rpc;

import static io.evzone.ocpp.rpc.FrameCodec.MAX_MESSAGE_ID_LENGTH;
import static io.evzone.ocpp.rpc.FrameCodec.UNREADABLE_MESSAGE_ID;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.json.OcppJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Text to {@link OcppFrame}, checking the RPC wrapper (not the payload) element by element. */
final class FrameParser {
    private final OcppVersion version;
    private final JsonMapper mapper = OcppJson.mapper();

    FrameParser(OcppVersion version) {
        this.version = version;
    }

    ParseResult parse(String text) {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JacksonException e) {
            return malformed(
                    UNREADABLE_MESSAGE_ID,
                    null,
                    Fault.INVALID_JSON,
                    "frame is not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return malformed(UNREADABLE_MESSAGE_ID, null, Fault.INVALID_JSON, "frame is empty");
        }
        if (!tree.isArray() || tree.isEmpty()) {
            return malformed(UNREADABLE_MESSAGE_ID, null, Fault.INVALID_FRAME, "frame is not a non-empty JSON array");
        }
        return parseArray((ArrayNode) tree);
    }

    private ParseResult parseArray(ArrayNode frame) {
        String messageId = readableMessageId(frame);
        String idOrUnreadable = messageId == null ? UNREADABLE_MESSAGE_ID : messageId;
        JsonNode typeNode = frame.get(0);
        if (!typeNode.isIntegralNumber()) {
            return malformed(idOrUnreadable, null, Fault.INVALID_FRAME, "message type is not an integer: " + typeNode);
        }
        int typeId = typeNode.canConvertToInt() ? typeNode.intValue() : -1;
        MessageType type = version.supportsMessageType(typeId) ? MessageType.byId(typeId) : null;
        if (messageId == null) {
            // OCPP-J 1.6 §4.1.4 and 2.0.1 Part 4 §4.1.4: the message id is a string of at most 36 characters.
            return malformed(
                    UNREADABLE_MESSAGE_ID,
                    type,
                    Fault.INVALID_MESSAGE_ID,
                    "message id is missing, not a string or longer than " + MAX_MESSAGE_ID_LENGTH + " characters");
        }
        if (type == null) {
            // OCPP 2.0.1 Part 4 §4.4: ignore the payload, answer MessageTypeNotSupported.
            return malformed(
                    messageId, null, Fault.UNSUPPORTED_MESSAGE_TYPE, "message type " + typeNode + " is not supported");
        }
        if (frame.size() != type.elementCount()) {
            return malformed(
                    messageId,
                    type,
                    Fault.INVALID_FRAME,
                    type + " must have " + type.elementCount() + " elements, not " + frame.size());
        }
        return switch (type) {
            case CALL, SEND -> parseRequest(type, messageId, frame);
            case CALL_RESULT -> parseResult(messageId, frame);
            case CALL_ERROR, CALL_RESULT_ERROR -> parseError(type, messageId, frame);
        };
    }

    private ParseResult parseRequest(MessageType type, String messageId, ArrayNode frame) {
        JsonNode action = frame.get(2);
        if (!action.isString() || action.stringValue().isEmpty()) {
            return malformed(messageId, type, Fault.INVALID_FRAME, "action is not a non-empty string: " + action);
        }
        ObjectNode payload = payload(frame.get(3));
        if (payload == null) {
            return malformed(messageId, type, Fault.INVALID_PAYLOAD, "payload is not a JSON object");
        }
        OcppFrame parsed = type == MessageType.CALL
                ? new OcppFrame.Call(messageId, action.stringValue(), payload)
                : new OcppFrame.Send(messageId, action.stringValue(), payload);
        return new ParseResult.Parsed(parsed);
    }

    private ParseResult parseResult(String messageId, ArrayNode frame) {
        ObjectNode payload = payload(frame.get(2));
        if (payload == null) {
            return malformed(messageId, MessageType.CALL_RESULT, Fault.INVALID_PAYLOAD, "payload is not a JSON object");
        }
        return new ParseResult.Parsed(new OcppFrame.CallResult(messageId, payload));
    }

    private ParseResult parseError(MessageType type, String messageId, ArrayNode frame) {
        JsonNode code = frame.get(2);
        JsonNode description = frame.get(3);
        ObjectNode details = payload(frame.get(4));
        if (!code.isString() || !description.isString() || details == null) {
            return malformed(
                    messageId,
                    type,
                    Fault.INVALID_FRAME,
                    "error code and description must be strings, details an object");
        }
        OcppFrame parsed = type == MessageType.CALL_ERROR
                ? new OcppFrame.CallError(messageId, code.stringValue(), description.stringValue(), details)
                : new OcppFrame.CallResultError(messageId, code.stringValue(), description.stringValue(), details);
        return new ParseResult.Parsed(parsed);
    }

    /** The payload as an object; {@code null} when it is not one. */
    private ObjectNode payload(JsonNode node) {
        if (node.isNull()) {
            // OCPP-J 1.6 §4.2.1 and 2.0.1 Part 4 §4.1.5: an absent payload may be written null or {}.
            return mapper.createObjectNode();
        }
        return node.isObject() ? (ObjectNode) node : null;
    }

    private static String readableMessageId(ArrayNode frame) {
        JsonNode id = frame.get(1);
        if (id == null || !id.isString() || id.stringValue().length() > MAX_MESSAGE_ID_LENGTH) {
            return null;
        }
        return id.stringValue();
    }

    private ParseResult.Malformed malformed(String messageId, MessageType type, Fault fault, String description) {
        return new ParseResult.Malformed(messageId, type, fault, version.errorCode(fault), description);
    }
}
