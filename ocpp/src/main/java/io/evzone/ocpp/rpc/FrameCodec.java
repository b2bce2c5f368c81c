package io.evzone.ocpp.rpc;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.RpcErrorCode;
import io.evzone.ocpp.json.OcppJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Reads and writes the RPC frames of one OCPP version. Stateless and thread-safe: one instance per version is
 * enough for all connections.
 */
public final class FrameCodec {
    /** OCPP 2.0.1 Part 4 §4.2.3: "When also the MessageId cannot be read, the CALLERROR SHALL contain -1". */
    public static final String UNREADABLE_MESSAGE_ID = "-1";
    /** OCPP-J 1.6 §4.1.4 and 2.0.1 Part 4 §4.1.4: a message id is at most 36 characters. */
    public static final int MAX_MESSAGE_ID_LENGTH = 36;

    private final OcppVersion version;
    private final FrameParser parser;
    private final JsonMapper mapper = OcppJson.mapper();

    public FrameCodec(OcppVersion version) {
        this.version = version;
        this.parser = new FrameParser(version);
    }

    public OcppVersion version() {
        return version;
    }

    /** Parses a text frame. Never throws: malformed input yields {@link ParseResult.Malformed}. */
    public ParseResult parse(String text) {
        return parser.parse(text);
    }

    /** Writes a frame as the JSON array text to send. */
    public String write(OcppFrame frame) {
        ArrayNode array = mapper.createArrayNode().add(frame.messageType().id()).add(frame.messageId());
        switch (frame) {
            case OcppFrame.Call call -> array.add(call.action()).add(call.payload());
            case OcppFrame.Send send -> array.add(send.action()).add(send.payload());
            case OcppFrame.CallResult result -> array.add(result.payload());
            case OcppFrame.CallError error ->
                array.add(error.errorCode()).add(error.errorDescription()).add(error.errorDetails());
            case OcppFrame.CallResultError error ->
                array.add(error.errorCode()).add(error.errorDescription()).add(error.errorDetails());
        }
        return mapper.writeValueAsString(array);
    }

    /**
     * A CALLERROR with this version's code for the fault and an empty details object; the description is cut to
     * 255 characters (OCPP 2.0.1 Part 4 §4.2.3).
     */
    public OcppFrame.CallError callError(String messageId, Fault fault, String description) {
        return callError(messageId, version.errorCode(fault), description);
    }

    /**
     * A CALLERROR with the given code.
     *
     * @throws IllegalArgumentException if this version does not define the code
     */
    public OcppFrame.CallError callError(String messageId, RpcErrorCode code, String description) {
        if (!code.isDefinedIn(version)) {
            throw new IllegalArgumentException(code.wireName() + " is not an error code of " + version.subprotocol());
        }
        return new OcppFrame.CallError(
                messageId, code.wireName(), CallErrors.truncate(description), mapper.createObjectNode());
    }
}
