package io.evzone.ocpp.rpc;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.RpcErrorCode;
import io.evzone.ocpp.json.OcppJson;

/** What {@link FrameCodec#parse(String)} made of a text frame. It never throws; it says what went wrong. */
public sealed interface ParseResult {

    /** A well-formed frame. */
    record Parsed(OcppFrame frame) implements ParseResult {}

    /**
     * A frame that is not a well-formed RPC message.
     *
     * @param messageId the frame's message id, or {@code "-1"} when none could be read (OCPP 2.0.1 Part 4 §4.2.3)
     * @param messageType the frame's type, or {@code null} when it could not be read or the version does not
     *     define it
     * @param fault what is wrong
     * @param errorCode the code the version prescribes for the fault
     * @param description what is wrong, naming the element
     */
    record Malformed(String messageId, MessageType messageType, Fault fault, RpcErrorCode errorCode, String description)
            implements ParseResult {

        /**
         * Whether the sender expects a CALLERROR. A broken CALL or a frame of unknown type is answered (OCPP 2.0.1
         * Part 4 §4.1.7 and §4.4); a broken CALLRESULT, CALLERROR, CALLRESULTERROR or SEND is not: nothing answers
         * an answer, and a SEND is never answered (OCPP 2.1 Part 4 §4.2.4).
         */
        public boolean expectsCallError() {
            return messageType == null || messageType == MessageType.CALL;
        }

        /** The CALLERROR to send back when {@link #expectsCallError()}. */
        public OcppFrame.CallError callError() {
            return new OcppFrame.CallError(
                    messageId,
                    errorCode.wireName(),
                    CallErrors.truncate(description),
                    OcppJson.mapper().createObjectNode());
        }
    }
}
